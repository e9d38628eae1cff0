using System.Collections.Frozen;
using System.Collections.Immutable;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// Names the recogniser does not tag as one mention: descriptive aliases recorded in the knowledge base ("Russia's
/// sovereign wealth fund") and names written with an article ("the Kremlin"). Indexed by their first word after
/// "the", looked up per token without allocating; only a hit builds keys.
/// </summary>
internal sealed class DescriptionAliasIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<Entry>>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    private readonly WordFilter firstWords;
    private readonly int count;

    // Twelve tokens of ordinary text fit; a longer span takes the allocating path.
    private const int MaxStackSpan = 192;

    public DescriptionAliasIndex(KnowledgeBase kb, Func<string, bool> isTitle)
        : this(Collect(kb, isTitle))
    {
    }

    /// <summary>An index over names already collected (<see cref="Collect"/>, or the linker's index file).</summary>
    public DescriptionAliasIndex(IReadOnlyList<(string First, Entry Entry)> entries)
    {
        Entries = entries;
        count = entries.Count;
        firstWords = new WordFilter(entries.Select(e => e.First));
        byFirstWord = entries.GroupBy(e => e.First, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Entry).ToImmutableArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every indexed name with the first word it is found at, in record order (for the linker's index file).</summary>
    internal IReadOnlyList<(string First, Entry Entry)> Entries { get; }

    /// <summary>The names of <paramref name="kb"/> this index holds.</summary>
    public static List<(string First, Entry Entry)> Collect(KnowledgeBase kb, Func<string, bool> isTitle)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(isTitle);
        var entries = new List<(string First, Entry Entry)>();
        foreach (var entity in kb.Entities)
        {
            if (entity.Schema == Schemas.NameAlias)
            {
                var alias = new NameAlias(entity);
                if (alias.Kind is "description" or "nickname" || StartsWithArticle(alias.Name))
                {
                    Add(entries, alias.Name, alias.EntityId, alias, alias.Kind is "description" ? LinkKind.Description : LinkKind.Name);
                }
            }
            else if (Schemas.IsActor(entity.Schema) && entity.Schema != Schemas.Position)
            {
                // "The President" as someone's alias would swallow every title: names that are a bare title are left out.
                foreach (var name in entity.Values(Props.Name).Concat(entity.Values(Props.Alias)).Where(n => StartsWithArticle(n) && !isTitle(NameKey.Exact(n.AsSpan(4)))))
                {
                    Add(entries, name, entity.Id, null, LinkKind.Name);
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// False when no indexed name can start with the word whose <see cref="WordFilter.Slot"/> is <paramref name="slot"/>:
    /// a cheap test for the caller's loop over every token, so <see cref="TryMatch"/> is only called for the few words
    /// that pass.
    /// </summary>
    public bool MayStartWith(int slot) => count > 0 && firstWords.MayContainSlot(slot);

    /// <summary>
    /// The longest indexed name starting at token <paramref name="first"/> (an article before it joins the span), valid on
    /// <paramref name="day"/>; false when none.
    /// </summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int first, int last, DateOnly day, out int start, out int end, out Entry match)
    {
        start = end = 0;
        match = default;
        var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (count == 0 || !firstWords.MayContain(word) || !byFirstWord.TryGetValue(word, out var entries))
        {
            return false;
        }

        var found = false;
        var maxTokens = Math.Min(last - first, 12);

        // One key for the longest span first: a name keyed from fewer tokens is a prefix of it, so when no entry is a
        // prefix (nearly always) the per-length keys below are never built.
        // Built in a stack buffer when it fits (nearly always), since it is thrown away when nothing matches.
        var span = text.AsSpan(tokens[first].Start, tokens[first + maxTokens - 1].End - tokens[first].Start);
        Span<char> buffer = stackalloc char[MaxStackSpan];
        var longest = NameKey.TryExact(span, buffer, out var length) ? buffer[..length] : NameKey.Exact(span).AsSpan();
        if (!AnyPrefixOf(longest, entries))
        {
            return false;
        }

        // Each shorter span is keyed into a second stack buffer: "UK" passes the prefix test above for every span that
        // starts with it, and a string per length made this loop the linker's largest allocator.
        Span<char> shorter = stackalloc char[MaxStackSpan];
        for (var n = maxTokens; n >= 1 && !found; n--)
        {
            if (tokens[first + n - 1].Kind != TokenKind.Word)
            {
                continue;
            }

            var name = text.AsSpan(tokens[first].Start, tokens[first + n - 1].End - tokens[first].Start);
            var key = NameKey.TryExact(name, shorter, out var keyLength) ? shorter[..keyLength] : NameKey.Exact(name).AsSpan();
            foreach (var entry in entries)
            {
                // A plain name with an article ("the Kremlin") is a proper name: written with a capital in the text.
                if (entry.Alias is null && !char.IsUpper(text[tokens[first].Start]))
                {
                    continue;
                }

                if (key.SequenceEqual(entry.Key) && (entry.Alias is null || entry.Alias.ValidOn(day)))
                {
                    match = entry;
                    end = tokens[first + n - 1].End;
                    found = true;
                    break;
                }
            }
        }

        if (!found)
        {
            return false;
        }

        start = tokens[first].Start;
        if (match.WithArticle && first > 0 && text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = tokens[first - 1].Start;
        }

        return true;
    }

    private static bool AnyPrefixOf(ReadOnlySpan<char> key, ImmutableArray<Entry> entries)
    {
        foreach (var entry in entries)
        {
            if (key.StartsWith(entry.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<(string First, Entry Entry)> entries, string name, string entityId, NameAlias? alias, LinkKind kind)
    {
        var key = NameKey.Exact(name);
        var article = key.StartsWith("the ", StringComparison.Ordinal);
        if (article)
        {
            key = key[4..];
        }

        // Keyed by the first word as a token shows it: "Russia's sovereign wealth fund" is found at the token "Russia".
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var raw = words.Length > 1 && article ? words[1] : words.Length > 0 ? words[0] : "";
        var apostrophe = raw.IndexOfAny(['\'', '\u2019']);
        var first = NameKey.Exact(apostrophe > 0 ? raw[..apostrophe] : raw);
        if (first.Length > 0)
        {
            entries.Add((first, new Entry(key, entityId, alias, kind, article, name)));
        }
    }

    private static bool StartsWithArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>One indexed name.</summary>
    /// <param name="Key">Exact key without a leading article.</param>
    /// <param name="EntityId">The entity.</param>
    /// <param name="Alias">The dated alias, when it came from one.</param>
    /// <param name="Kind">Description for descriptive aliases, else name.</param>
    /// <param name="WithArticle">True when the recorded name starts with "the".</param>
    /// <param name="Name">The name as recorded.</param>
    internal readonly record struct Entry(string Key, string EntityId, NameAlias? Alias, LinkKind Kind, bool WithArticle, string Name);
}
