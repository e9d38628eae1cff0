using Backchannel.Diagnostics;
using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// WordNet's Morphy, steered by the part-of-speech tag: the tag picks the word class, irregular forms come from the
/// exception lists, and suffix rules (<c>-ies</c> → <c>-y</c>, <c>-ed</c> → <c>-e</c>, …) are kept only when they
/// give a known lemma. Contracted tokens from the tokenizer map to their full words (<c>n't</c> → <c>not</c>).
/// Lemmas are lowercase. Thread-safe; lexicon lemmas are shared strings, other words are cached per thread.
/// </summary>
public sealed class Lemmatizer
{
    // Morphy's detachment rules per class, tried in this order (WordNet's morph.c).
    private static readonly (string Suffix, string Ending)[][] Rules =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private const int MaximumLength = 64;
    private const int CacheLimit = 50_000;

    private static readonly Lazy<Lemmatizer> s_shipped = new(() => LoadLog.Measure("lemmas", () => new Lemmatizer(LemmaLexicon.Load(ModelLocator.Require(LemmaLexicon.FileName)))));

    [ThreadStatic]
    private static Dictionary<string, string>? t_cache;

    [ThreadStatic]
    private static LemmaCache? t_lemmas;

    private readonly LemmaLexicon _lexicon;

    /// <summary>Uses a lexicon built by <see cref="LemmaLexicon.FromWordNet"/>.</summary>
    public Lemmatizer(LemmaLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The lemmatizer over the shipped lexicon, loaded once per process on first use.</summary>
    public static Lemmatizer Shipped => s_shipped.Value;

    /// <summary>The lemma of <paramref name="word"/> tagged <paramref name="posTag"/> (a Penn Treebank tag).</summary>
    public string Lemmatize(ReadOnlySpan<char> word, string posTag)
    {
        ArgumentNullException.ThrowIfNull(posTag);

        // A lemma depends on the spelling and the tag alone, and news repeats both: a repeated pair costs one hash
        // of its characters and one read, instead of normalising, lowercasing and several lexicon probes.
        var lemmas = t_lemmas ??= new LemmaCache();
        ref var entry = ref lemmas.Slot(this, word, posTag, out var hit);
        if (hit)
        {
            return entry.Lemma!;
        }

        var lemma = LemmatizeUncached(word, posTag);
        entry.Lemma = lemma;
        return lemma;
    }

    /// <summary>The lemma computed afresh, never from the cache (what the cache must agree with).</summary>
    internal string LemmatizeUncached(ReadOnlySpan<char> word, string posTag)
    {
        if (word.Length > MaximumLength)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[MaximumLength * 6];
        var length = WordForms.Normalize(word, buffer);
        var lower = buffer[length..(length * 2)];
        buffer[..length].ToLowerInvariant(lower);

        if (Contraction(lower, posTag) is { } full)
        {
            return full;
        }

        if (ClassOf(posTag) is not { } wordClass)
        {
            return Shared(lower);
        }

        if (!IsInflected(posTag))
        {
            if (_lexicon.TryGetKnown(wordClass, lower, out var known))
            {
                return known;
            }

            // A proper noun is its own lemma; a base-form tag on an irregular form (VBP "are") is not.
            return posTag != "NNP" && _lexicon.TryGetException(wordClass, lower, out var irregular) ? irregular : Shared(lower);
        }

        if (_lexicon.TryGetException(wordClass, lower, out var exception))
        {
            return exception;
        }

        Span<char> candidate = stackalloc char[lower.Length + 4];
        foreach (var (suffix, ending) in Rules[(int)wordClass])
        {
            if (lower.Length > suffix.Length && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = lower[..^suffix.Length];
                stem.CopyTo(candidate);
                ending.CopyTo(candidate[stem.Length..]);
                if (_lexicon.TryGetKnown(wordClass, candidate[..(stem.Length + ending.Length)], out var lemma))
                {
                    return lemma;
                }
            }
        }

        if (_lexicon.TryGetKnown(wordClass, lower, out var self))
        {
            return self;
        }

        return wordClass == WordClass.Noun ? Shared(candidate[..GuessSingular(lower, candidate)]) : Shared(lower);
    }

    /// <summary>The full word of a contracted token (<c>n't</c>, <c>'re</c>, <c>'s</c> as a verb, <c>ca</c> in <c>can't</c>).</summary>
    private static string? Contraction(ReadOnlySpan<char> lower, string posTag) => lower switch
    {
        "n't" => "not",
        "'re" or "'m" => "be",
        "'ve" => "have",
        "'ll" => "will",
        "'d" => posTag == "VBD" ? "have" : "would",
        "'s" => posTag switch
        {
            "VBZ" => "be",
            "PRP" => "us",
            _ => "'s",
        },
        "ca" when posTag == "MD" => "can",
        "wo" when posTag == "MD" => "will",
        "sha" when posTag == "MD" => "shall",
        "ai" when posTag.StartsWith("VB", StringComparison.Ordinal) => "be",
        _ => null,
    };

    private static WordClass? ClassOf(string tag) => tag switch
    {
        ['N', 'N', ..] => WordClass.Noun,
        ['V', 'B', ..] => WordClass.Verb,
        ['J', 'J', ..] => WordClass.Adjective,
        "RB" or "RBR" or "RBS" => WordClass.Adverb,
        _ => null,
    };

    private static bool IsInflected(string tag) => tag is "NNS" or "NNPS" or "VBD" or "VBN" or "VBG" or "VBZ" or "JJR" or "JJS" or "RBR" or "RBS";

    /// <summary>
    /// A plural WordNet does not know (a new coinage, a name): strips the commonest plural endings into
    /// <paramref name="output"/> and returns the length.
    /// </summary>
    private static int GuessSingular(ReadOnlySpan<char> word, Span<char> output)
    {
        var keep = word.Length;
        var y = false;
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            keep -= 3;
            y = true;
        }
        else if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            keep -= 2;
        }
        else if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\''))
        {
            keep--;
        }

        word[..keep].CopyTo(output);
        if (y)
        {
            output[keep++] = 'y';
        }

        return keep;
    }

    /// <summary>A lexicon string when the word is one, else a per-thread cached copy: each distinct word allocates once.</summary>
    private string Shared(ReadOnlySpan<char> word)
    {
        if (_lexicon.TryGetAnyKnown(word, out var known))
        {
            return known;
        }

        var cache = t_cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached))
        {
            return cached;
        }

        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        var copy = word.ToString();
        cache[copy] = copy;
        return copy;
    }
}
