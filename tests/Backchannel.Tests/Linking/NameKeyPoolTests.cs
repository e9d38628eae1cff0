using Backchannel.Knowledge.Names;
using Backchannel.Linking;

namespace Backchannel.Tests.Linking;

public sealed class NameKeyPoolTests
{
    [Theory]
    [InlineData("Taras Hnatiuk")]
    [InlineData("  O'Brien,  Mary-Kate ")]
    [InlineData("Recep Tayyip Erdoğan")]
    [InlineData("...")]
    public void Pooled_keys_equal_the_name_key_and_repeat_as_one_string(string name)
    {
        var pool = new NameKeyPool();
        var first = pool.Exact(name);
        Assert.Equal(NameKey.Exact(name), first);

        // The same name written in another buffer (not the same string) still gets the pooled instance.
        Assert.Same(first, pool.Exact(new string(name.ToCharArray())));
    }

    [Fact]
    public void Names_longer_than_the_stack_buffer_are_keyed_whole_and_pooled()
    {
        var pool = new NameKeyPool();
        var name = string.Join(' ', Enumerable.Repeat("Ana-Maria", 40));
        var key = pool.Exact(name);
        Assert.Equal(NameKey.Exact(name), key);
        Assert.Same(key, pool.Exact(name));
        Assert.Equal(NameKey.LooseFromExact(key), pool.LooseFromExact(key));
    }

    [Theory]
    [InlineData("volodymyr zelenskyy")]
    [InlineData("kirill dmitriyev")]
    [InlineData("mykhaylo podolyak")]
    public void Pooled_loose_keys_equal_the_name_key_ones(string exact)
    {
        var pool = new NameKeyPool();
        var loose = pool.LooseFromExact(exact);
        Assert.Equal(NameKey.LooseFromExact(exact), loose);
        Assert.Same(loose, pool.LooseFromExact(exact));
    }

    [Fact]
    public void The_pool_starts_over_past_its_capacity()
    {
        var pool = new NameKeyPool();
        for (var n = 0; n <= NameKeyPool.Capacity; n++)
        {
            pool.Get("k" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(pool.Count, 1, NameKeyPool.Capacity);
        Assert.Equal("k7", pool.Get("k7"));
    }
}
