using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// Hashed features of the part-of-speech tagger: the word, its lowercase form, prefixes and suffixes of one to four
/// characters, its shape and character-class flags, and the lowercase words and three-letter suffixes two either side.
/// Every feature is hashed from pieces, so extraction builds no strings.
/// </summary>
internal static class PosFeatures
{
    private static readonly ulong Bias = FeatureHash.Start("bias");
    private static readonly ulong WordKey = FeatureHash.Start("w=");
    private static readonly ulong LowerKey = FeatureHash.Start("l=");
    private static readonly ulong PrefixKey = FeatureHash.Start("p");
    private static readonly ulong SuffixKey = FeatureHash.Start("s");
    private static readonly ulong ShapeKey = FeatureHash.Start("shape=");
    private static readonly ulong FlagKey = FeatureHash.Start("flag=");
    private static readonly ulong ContextKey = FeatureHash.Start("c");
    private static readonly ulong ContextSuffixKey = FeatureHash.Start("cs");
    private static readonly ulong BigramKey = FeatureHash.Start("bi");

    /// <summary>
    /// Adds one row per token of <paramref name="forms"/> to <paramref name="sequence"/>. Where
    /// <paramref name="skip"/> marks a position (&gt;= 0), that row is left empty: its tag is already known.
    /// </summary>
    public static void Extract(WordForms forms, FeatureSequence sequence, int bits, ReadOnlySpan<int> skip = default)
    {
        sequence.Clear();
        for (var i = 0; i < forms.Count; i++)
        {
            if (i < skip.Length && skip[i] >= 0)
            {
                sequence.EndPosition();
                continue;
            }

            var word = forms.Word(i);
            var lower = forms.Lower(i);
            sequence.Add(FeatureHash.Bucket(Bias, bits));
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(WordKey, word), bits));
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(LowerKey, lower), bits));
            for (var k = 1; k <= 4 && k <= lower.Length; k++)
            {
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(PrefixKey, k), lower[..k]), bits));
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(SuffixKey, k), lower[^k..]), bits));
            }

            sequence.Add(FeatureHash.Bucket(Shape(ShapeKey, word), bits));
            AddFlags(word, i == 0, sequence, bits);
            for (var offset = -2; offset <= 2; offset++)
            {
                if (offset == 0)
                {
                    continue;
                }

                var j = i + offset;
                var context = FeatureHash.Add(ContextKey, offset);
                var contextSuffix = FeatureHash.Add(ContextSuffixKey, offset);
                if (j < 0 || j >= forms.Count)
                {
                    sequence.Add(FeatureHash.Bucket(FeatureHash.Add(context, j < 0 ? "<s>" : "</s>"), bits));
                    continue;
                }

                var other = forms.Lower(j);
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(context, other), bits));
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(contextSuffix, other.Length > 3 ? other[^3..] : other), bits));
            }

            var previous = i > 0 ? forms.Lower(i - 1) : "<s>";
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(BigramKey, previous), ' '), lower), bits));
            sequence.EndPosition();
        }
    }

    /// <summary>Continues <paramref name="hash"/> with the word's shape: X, x, d or the character, runs collapsed.</summary>
    internal static ulong Shape(ulong hash, ReadOnlySpan<char> word)
    {
        var last = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                continue;
            }

            hash = FeatureHash.Add(hash, s);
            last = s;
            if (++length == 8)
            {
                break;
            }
        }

        return hash;
    }

    private static void AddFlags(ReadOnlySpan<char> word, bool first, FeatureSequence sequence, int bits)
    {
        bool digit = false, hyphen = false, upper = false, lowerCase = false;
        foreach (var c in word)
        {
            digit |= char.IsDigit(c);
            hyphen |= c == '-';
            upper |= char.IsUpper(c);
            lowerCase |= char.IsLower(c);
        }

        if (digit)
        {
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FlagKey, 'd'), bits));
        }

        if (hyphen)
        {
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FlagKey, '-'), bits));
        }

        if (upper)
        {
            // Capitalisation means little at a sentence start and in all-caps headlines, so both are told apart.
            var kind = !lowerCase ? 'A' : first ? 'F' : 'C';
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FlagKey, kind), bits));
        }
    }
}
