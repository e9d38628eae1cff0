using Backchannel.Errors;
using Backchannel.Learning;
using System.Runtime.CompilerServices;

namespace Backchannel.Tagging;

/// <summary>
/// WordNet's known lemmas and irregular inflections per word class, as the <see cref="Lemmatizer"/> needs them.
/// Built from a WordNet 3.0 database folder by <see cref="FromWordNet"/> (<c>backchannel train lemmas</c>) and shipped
/// as <c>models/lemmas-en.bin</c>. Every string is interned at load, so a lemma returned twice is the same instance.
/// </summary>
public sealed class LemmaLexicon
{
    /// <summary>File name of the shipped lexicon.</summary>
    public const string FileName = "lemmas-en.bin";

    private const string Magic = "BCLEMMA1";
    private const int Classes = 4;
    private static readonly string[] WordNetNames = ["noun", "verb", "adj", "adv"];

    // Plain sets and dictionaries: freezing 150 thousand lemmas cost a cold start a third of a second, and lookups
    // are cached per word form (LemmaCache), so the frozen tables' faster probes were never worth it.
    private readonly HashSet<string>[] _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _knownLookup;
    private readonly Dictionary<string, string>[] _exceptions;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>[] _exceptionLookup;

    private LemmaLexicon(IReadOnlyList<IEnumerable<string>> known, IReadOnlyList<IEnumerable<KeyValuePair<string, string>>> exceptions)
    {
        _known = [.. known.Select(words => new HashSet<string>(words, StringComparer.Ordinal))];
        _knownLookup = [.. _known.Select(set => set.GetAlternateLookup<ReadOnlySpan<char>>())];
        _exceptions = [.. exceptions.Select(LastWins)];
        _exceptionLookup = [.. _exceptions.Select(map => map.GetAlternateLookup<ReadOnlySpan<char>>())];
    }

    // As freezing did: a form listed twice keeps its last lemma.
    private static Dictionary<string, string> LastWins(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, lemma) in pairs)
        {
            map[form] = lemma;
        }

        return map;
    }

    /// <summary>Number of known lemmas of a class.</summary>
    public int KnownCount(WordClass wordClass) => _known[(int)wordClass].Count;

    /// <summary>Number of irregular forms of a class.</summary>
    public int ExceptionCount(WordClass wordClass) => _exceptions[(int)wordClass].Count;

    /// <summary>True when <paramref name="word"/> (lowercase) is a lemma of the class; yields the shared instance.</summary>
    public bool TryGetKnown(WordClass wordClass, ReadOnlySpan<char> word, out string lemma) =>
        _knownLookup[(int)wordClass].TryGetValue(word, out lemma!);

    /// <summary>True when <paramref name="word"/> (lowercase) is an irregular form of the class, e.g. <c>met</c> → <c>meet</c>.</summary>
    public bool TryGetException(WordClass wordClass, ReadOnlySpan<char> word, out string lemma) =>
        _exceptionLookup[(int)wordClass].TryGetValue(word, out lemma!);

    /// <summary>True when <paramref name="word"/> is a lemma of any class.</summary>
    public bool TryGetAnyKnown(ReadOnlySpan<char> word, out string lemma)
    {
        for (var c = 0; c < Classes; c++)
        {
            if (_knownLookup[c].TryGetValue(word, out lemma!))
            {
                return true;
            }
        }

        lemma = "";
        return false;
    }

    /// <summary>
    /// Reads <c>index.{noun,verb,adj,adv}</c> (known lemmas) and <c>{noun,verb,adj,adv}.exc</c> (irregular forms)
    /// from a WordNet database folder, e.g. <c>/usr/share/wordnet</c>. Multi-word entries are left out: the
    /// lemmatizer works token by token.
    /// </summary>
    public static LemmaLexicon FromWordNet(string folder)
    {
        var known = new List<string>[Classes];
        var exceptions = new List<KeyValuePair<string, string>>[Classes];
        for (var c = 0; c < Classes; c++)
        {
            var index = Path.Combine(folder, "index." + WordNetNames[c]);
            var exc = Path.Combine(folder, WordNetNames[c] + ".exc");
            foreach (var path in new[] { index, exc })
            {
                if (!File.Exists(path))
                {
                    throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "A WordNet database file is missing.", path, "Point --wordnet at WordNet's dict folder (Debian: apt-get install wordnet-base; /usr/share/wordnet)."));
                }
            }

            // Index lines start with the lemma; licence lines at the top start with spaces.
            known[c] = [.. File.ReadLines(index)
                .Where(line => line.Length > 0 && line[0] != ' ')
                .Select(line => line[..line.IndexOf(' ', StringComparison.Ordinal)])
                .Where(word => !word.Contains('_', StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)];

            // An exception line is "form lemma [lemma...]"; the first lemma is WordNet's commonest reading.
            exceptions[c] = [.. File.ReadLines(exc)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(parts => parts.Length >= 2 && !parts[0].Contains('_', StringComparison.Ordinal) && !parts[1].Contains('_', StringComparison.Ordinal))
                .DistinctBy(parts => parts[0], StringComparer.Ordinal)
                .Select(parts => KeyValuePair.Create(parts[0], parts[1]))];
        }

        return new LemmaLexicon(known, exceptions);
    }

    /// <summary>Writes the lexicon: sorted, gzip'd, so the same WordNet always gives the same bytes.</summary>
    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        for (var c = 0; c < Classes; c++)
        {
            var words = _known[c].Order(StringComparer.Ordinal).ToArray();
            writer.Write(words.Length);
            foreach (var word in words)
            {
                writer.Write(word);
            }

            var pairs = _exceptions[c].OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
            writer.Write(pairs.Length);
            foreach (var (form, lemma) in pairs)
            {
                writer.Write(form);
                writer.Write(lemma);
            }
        }
    });

    /// <summary>Reads a lexicon; a file that is not one fails with <see cref="ErrorCode.BadModel"/>.</summary>
    public static LemmaLexicon Load(string path) => ModelFile.Read(
        path,
        Magic,
        "lemma lexicon",
        "Rebuild it with 'backchannel train lemmas --wordnet DIR', or restore the file from the repository.",
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] (reader) =>
        {
            // One pool for every class, so "talk" the noun and "talk" the verb are one string.
            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            string Intern(string s) => pool.TryGetValue(s, out var shared) ? shared : pool[s] = s;
            var known = new List<string>[Classes];
            var exceptions = new List<KeyValuePair<string, string>>[Classes];
            for (var c = 0; c < Classes; c++)
            {
                known[c] = [];
                for (var i = reader.ReadInt32(); i > 0; i--)
                {
                    known[c].Add(Intern(reader.ReadString()));
                }

                exceptions[c] = [];
                for (var i = reader.ReadInt32(); i > 0; i--)
                {
                    var form = reader.ReadString();
                    exceptions[c].Add(KeyValuePair.Create(form, Intern(reader.ReadString())));
                }
            }

            return new LemmaLexicon(known, exceptions);
        });
}
