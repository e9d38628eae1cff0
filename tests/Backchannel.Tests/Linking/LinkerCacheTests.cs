using Backchannel.Linking;

namespace Backchannel.Tests.Linking;

public sealed class LinkerCacheTests
{
    [Fact]
    public void A_held_answer_is_not_computed_again()
    {
        var cache = new LinkerCache<string, int>(16);
        var computed = 0;
        int Length(string key)
        {
            computed++;
            return key.Length;
        }

        Assert.Equal(5, cache.GetOrAdd("Sirko", Length));
        Assert.Equal(5, cache.GetOrAdd(new string("Sirko".ToCharArray()), Length));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity_and_still_answers_after_emptying()
    {
        var cache = new LinkerCache<int, int>(100);
        for (var n = 0; n < 1_000; n++)
        {
            Assert.Equal(n * 2, cache.GetOrAdd(n, k => k * 2));
            Assert.InRange(cache.Count, 1, 100);
        }

        Assert.Equal(14, cache.GetOrAdd(7, k => k * 2));
    }

    [Fact]
    public void Threads_racing_on_the_same_keys_get_the_same_answers_within_the_bound()
    {
        var cache = new LinkerCache<int, string>(64);
        Parallel.For(0, 20_000, n =>
        {
            var key = n % 200;
            Assert.Equal(key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                cache.GetOrAdd(key, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
        // Each thread racing past an emptying may still add its one entry.
        Assert.InRange(cache.Count, 1, 64 + Environment.ProcessorCount);
    }
}
