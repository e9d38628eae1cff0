using Backchannel.Entities;
using Backchannel.Knowledge.Model;
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
        Assert.Equal(NameKey.Exact(name), first.Key);

        // The same name written in another buffer (not the same string) still gets the pooled entry.
        Assert.Same(first, pool.Exact(new string(name.ToCharArray())));
        Assert.Same(first.Key, pool.Get(first.Key.ToCharArray()));
    }

    [Fact]
    public void Names_longer_than_the_stack_buffer_are_keyed_whole_and_pooled()
    {
        var pool = new NameKeyPool();
        var name = string.Join(' ', Enumerable.Repeat("Ana-Maria", 40));
        var key = pool.Exact(name).Key;
        Assert.Equal(NameKey.Exact(name), key);
        Assert.Same(key, pool.Exact(name).Key);
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

    [Fact]
    public void An_entry_remembers_one_answer_for_exactly_the_question_asked()
    {
        var entry = new NameKeyPool().Exact("Ivan Sirko");
        var day = new DateOnly(2026, 1, 21);
        RecordCandidate[] answer = [];
        Assert.False(entry.TryGetCandidates(day, afterThe: false, isPerson: true, out _));

        entry.Remember(day, afterThe: false, isPerson: true, answer);
        Assert.True(entry.TryGetCandidates(day, afterThe: false, isPerson: true, out var found));
        Assert.Same(answer, found);

        // Another day, another "the", another label: a different question, not answered from memory.
        Assert.False(entry.TryGetCandidates(day.AddDays(1), afterThe: false, isPerson: true, out _));
        Assert.False(entry.TryGetCandidates(day, afterThe: true, isPerson: true, out _));
        Assert.False(entry.TryGetCandidates(day, afterThe: false, isPerson: false, out _));
    }

    [Fact]
    public void An_entry_remembers_a_decided_link_only_for_the_same_day_article_and_label()
    {
        var entry = new NameKeyPool().Exact("Ivan Sirko");
        var day = new DateOnly(2026, 1, 21);
        var person = new KbEntityBuilder(Schemas.Person, "bc:ivan-sirko").Add(Props.Name, "Ivan Sirko").Build();
        Assert.False(entry.TryGetDecision(day, afterThe: false, EntityTypes.Person, out _));

        var made = new LinkDecision(EntityTypes.Person, person, 1f, "exact name", "sirko");
        entry.RememberDecision(day, afterThe: false, made);
        Assert.True(entry.TryGetDecision(day, afterThe: false, EntityTypes.Person, out var found));
        Assert.Same(made, found);

        // A mention tagged otherwise, after "the", or on another day may rank the record's candidates differently.
        Assert.False(entry.TryGetDecision(day, afterThe: false, EntityTypes.Organization, out _));
        Assert.False(entry.TryGetDecision(day, afterThe: true, EntityTypes.Person, out _));
        Assert.False(entry.TryGetDecision(day.AddDays(-1), afterThe: false, EntityTypes.Person, out _));

        // The decision and the candidate answer are separate slots: remembering one does not answer the other.
        Assert.False(entry.TryGetCandidates(day, afterThe: false, isPerson: true, out _));
    }

    [Fact]
    public void Clearing_forgets_the_keys_and_what_they_remembered()
    {
        var pool = new NameKeyPool();
        var entry = pool.Exact("Ivan Sirko");
        entry.Remember(new DateOnly(2026, 1, 21), afterThe: false, isPerson: true, []);
        pool.Clear();

        Assert.Equal(0, pool.Count);
        Assert.NotSame(entry, pool.Exact("Ivan Sirko"));
        Assert.False(pool.Exact("Ivan Sirko").TryGetCandidates(new DateOnly(2026, 1, 21), afterThe: false, isPerson: true, out _));
    }
}
