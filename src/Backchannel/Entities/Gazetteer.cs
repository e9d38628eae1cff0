using Backchannel.Text;
using System.Runtime.CompilerServices;

namespace Backchannel.Entities;

/// <summary>
/// Multi-word name lists matched over token sequences. Entries are tokenized with the same <see cref="Tokenizer"/>
/// as the text and keyed by a hash of their lowercased tokens, so matching a sentence is a few dictionary probes per
/// token and allocates nothing. A match marks each covered token with its position (B, I, L or U) per list.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Longest entry, in tokens, that is matched.</summary>
    public const int MaxTokens = 6;

    // Key → bit mask of lists holding exactly this sequence; prefixes of entries are present with mask 0, so a
    // scan stops as soon as no entry can continue.
    // A plain dictionary: freezing a quarter of a million keys cost every cold start 0.2 s.
    private readonly Dictionary<ulong, int> _entries;

    /// <summary>Builds a gazetteer from names per list.</summary>
    // Load-time loop run once per process: compiled fully optimised at once, not left in tier-0 code (issue 17).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Gazetteer(IEnumerable<(GazetteerType Type, string Name)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var entries = new Dictionary<ulong, int>();
        var tokens = new List<Token>();
        var count = 0;
        foreach (var (type, name) in names)
        {
            tokens.Clear();
            Tokenizer.Tokenize(name, tokens);
            if (tokens.Count is 0 or > MaxTokens)
            {
                continue;
            }

            var key = KeySeed;
            for (var i = 0; i < tokens.Count; i++)
            {
                key = Extend(key, TokenHash(name.AsSpan(tokens[i].Start, tokens[i].Length)));
                var mask = entries.GetValueOrDefault(key);
                entries[key] = i == tokens.Count - 1 ? mask | (1 << (int)type) : mask;
            }

            count++;
        }

        _entries = entries;
        Count = count;
    }

    /// <summary>An empty gazetteer (for models trained without one).</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>Number of names loaded.</summary>
    public int Count { get; }

    /// <summary>The seed every entry key starts from.</summary>
    internal const ulong KeySeed = 0x9E3779B97F4A7C15UL;

    /// <summary>The per-token hash keys are built from (lowercase; must match <see cref="TokenHash"/> callers).</summary>
    public static ulong TokenHash(ReadOnlySpan<char> token) => WordShape.Lower(0xC0FFEE, token);

    /// <summary>Extends an entry key by one token hash.</summary>
    public static ulong Extend(ulong key, ulong tokenHash) =>
        Learning.FeatureHash.Add(Learning.FeatureHash.Add(Learning.FeatureHash.Add(key, '\u0001'), (int)tokenHash), (int)(tokenHash >> 32));

    /// <summary>The lists that hold exactly this token sequence (bit per <see cref="GazetteerType"/>), or 0.</summary>
    public int Lookup(ReadOnlySpan<ulong> tokenHashes)
    {
        var key = KeySeed;
        foreach (var h in tokenHashes)
        {
            key = Extend(key, h);
            if (!_entries.ContainsKey(key))
            {
                return 0;
            }
        }

        return _entries.GetValueOrDefault(key);
    }

    /// <summary>
    /// Marks matches in one sentence: <paramref name="marks"/>[i] gets bit <c>4 × type + position</c>
    /// (0 B, 1 I, 2 L, 3 U). A match must start and end on a token that <paramref name="capitalised"/> accepts.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> tokenHashes, ReadOnlySpan<bool> capitalised, Span<uint> marks)
    {
        marks.Clear();
        for (var start = 0; start < tokenHashes.Length; start++)
        {
            if (!capitalised[start])
            {
                continue;
            }

            var key = KeySeed;
            for (var end = start; end < tokenHashes.Length && end - start < MaxTokens; end++)
            {
                key = Extend(key, tokenHashes[end]);
                if (!_entries.TryGetValue(key, out var mask))
                {
                    break;
                }

                if (mask == 0 || !capitalised[end])
                {
                    continue;
                }

                for (var type = 0; mask != 0; type++, mask >>= 1)
                {
                    if ((mask & 1) == 0)
                    {
                        continue;
                    }

                    var bits = type * 4;
                    if (end == start)
                    {
                        marks[start] |= 1u << (bits + 3);
                        continue;
                    }

                    marks[start] |= 1u << bits;
                    for (var i = start + 1; i < end; i++)
                    {
                        marks[i] |= 1u << (bits + 1);
                    }

                    marks[end] |= 1u << (bits + 2);
                }
            }
        }
    }
}
