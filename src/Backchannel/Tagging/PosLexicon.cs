using System.Collections.Frozen;
using Backchannel.Errors;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// The words the tagger saw in training, with the one tag of each word that is frequent and (nearly) unambiguous.
/// The tag dictionary lets decoding skip those words; the vocabulary tells known from unknown words in evaluation.
/// Saved next to the model as <c>&lt;model&gt;.lex</c>.
/// </summary>
public sealed class PosLexicon
{
    private const string Magic = "BCPOSLEX1";

    /// <summary>A word must be seen this often before its tag is fixed.</summary>
    public const int MinimumCount = 5;

    /// <summary>Share of a word's occurrences its commonest tag must reach before it is fixed.</summary>
    public const double MinimumShare = 0.99;

    private readonly FrozenDictionary<string, int> _tags;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Wraps word → tag index (-1 when the word is known but its tag is not fixed).</summary>
    public PosLexicon(IEnumerable<KeyValuePair<string, int>> words)
    {
        _tags = words.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of known words.</summary>
    public int Count => _tags.Count;

    /// <summary>True when the normalised word form was seen in training.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The fixed tag index of a word, or -1.</summary>
    public int FixedTag(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var tag) ? tag : -1;

    /// <summary>Builds the lexicon from tagged training words (normalised forms).</summary>
    public static PosLexicon Build(IEnumerable<(string Word, int Tag)> occurrences, int tagCount)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (word, tag) in occurrences)
        {
            if (!counts.TryGetValue(word, out var perTag))
            {
                counts[word] = perTag = new int[tagCount];
            }

            perTag[tag]++;
        }

        return new PosLexicon(counts.Select(pair =>
        {
            var total = pair.Value.Sum();
            var best = Array.IndexOf(pair.Value, pair.Value.Max());
            var isFixed = total >= MinimumCount && pair.Value[best] >= MinimumShare * total;
            return KeyValuePair.Create(pair.Key, isFixed ? best : -1);
        }));
    }

    /// <summary>Writes the lexicon (sorted, gzip'd: the same lexicon always gives the same bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        writer.Write(_tags.Count);
        foreach (var (word, tag) in _tags.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(tag + 1);
        }
    });

    /// <summary>Reads a lexicon; a file that is not one fails with <see cref="ErrorCode.BadModel"/>.</summary>
    public static PosLexicon Load(string path) => ModelFile.Read(
        path,
        Magic,
        "tagger lexicon",
        "Retrain it with 'backchannel train pos', or restore the file from the repository.",
        reader =>
        {
            var count = reader.ReadInt32();
            var words = new KeyValuePair<string, int>[count];
            for (var i = 0; i < count; i++)
            {
                words[i] = KeyValuePair.Create(reader.ReadString(), reader.Read7BitEncodedInt() - 1);
            }

            return new PosLexicon(words);
        });
}
