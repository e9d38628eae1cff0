using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// Hashed features of the chunker: words and part-of-speech tags two either side, and tag bigrams and trigrams
/// around the token, as in the classic CoNLL-2000 chunkers. Hashed from pieces; no strings are built. Training reads
/// them through <see cref="Extract"/>; decoding sums the same buckets in groups that are cached (<see cref="ChunkSums"/>).
/// </summary>
internal static class ChunkFeatures
{
    /// <summary>The word read at positions before the sentence.</summary>
    public const string Start = "<s>";

    /// <summary>The word read at positions after the sentence.</summary>
    public const string End = "</s>";

    private static readonly ulong Bias = FeatureHash.Start("bias");
    private static readonly ulong WordKey = FeatureHash.Start("cw");
    private static readonly ulong TagKey = FeatureHash.Start("ct");
    private static readonly ulong TagPairKey = FeatureHash.Start("ct2");
    private static readonly ulong TagTripleKey = FeatureHash.Start("ct3");
    private static readonly ulong WordTagKey = FeatureHash.Start("cwt");
    private static readonly ulong ShapeKey = FeatureHash.Start("cshape=");

    /// <summary>Adds one row per token; <paramref name="tags"/> holds each token's part-of-speech tag.</summary>
    public static void Extract(WordForms forms, ReadOnlySpan<string> tags, FeatureSequence sequence, int bits)
    {
        // The order of features is the order training sums them in (float sums), so it stays as it was.
        sequence.Clear();
        var n = forms.Count;
        for (var i = 0; i < n; i++)
        {
            sequence.Add(BiasBucket(bits));
            sequence.Add(ShapeBucket(forms.Word(i), bits));
            for (var offset = -2; offset <= 2; offset++)
            {
                sequence.Add(WordBucket(offset, Lower(forms, i + offset), bits));
                sequence.Add(TagBucket(offset, Tag(tags, i + offset), bits));
            }

            for (var offset = -2; offset <= 1; offset++)
            {
                sequence.Add(TagPairBucket(offset, Tag(tags, i + offset), Tag(tags, i + offset + 1), bits));
            }

            for (var offset = -2; offset <= 0; offset++)
            {
                sequence.Add(TagTripleBucket(offset, Tag(tags, i + offset), Tag(tags, i + offset + 1), Tag(tags, i + offset + 2), bits));
            }

            // The word with its own tag and with the previous tag separates e.g. "that" as IN (SBAR) from DT (NP).
            var word = WordTagStart(Lower(forms, i));
            sequence.Add(WordTagBucket(word, Tag(tags, i), bits));
            sequence.Add(WordPreviousTagBucket(word, Tag(tags, i - 1), bits));
            sequence.EndPosition();
        }
    }

    /// <summary>The feature every token has.</summary>
    public static int BiasBucket(int bits) => FeatureHash.Bucket(Bias, bits);

    /// <summary>The word's shape (case classes and digits, runs collapsed).</summary>
    public static int ShapeBucket(ReadOnlySpan<char> word, int bits) => FeatureHash.Bucket(PosFeatures.Shape(ShapeKey, word), bits);

    /// <summary>The lowercased word at <paramref name="offset"/> from the token.</summary>
    public static int WordBucket(int offset, ReadOnlySpan<char> lower, int bits) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(WordKey, offset), lower), bits);

    /// <summary>The tag at <paramref name="offset"/> from the token.</summary>
    public static int TagBucket(int offset, ReadOnlySpan<char> tag, int bits) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(TagKey, offset), tag), bits);

    /// <summary>The tags at <paramref name="offset"/> and one after.</summary>
    public static int TagPairBucket(int offset, ReadOnlySpan<char> first, ReadOnlySpan<char> second, int bits)
    {
        var pair = FeatureHash.Add(FeatureHash.Add(TagPairKey, offset), first);
        return FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(pair, ' '), second), bits);
    }

    /// <summary>The tags at <paramref name="offset"/> and the two after.</summary>
    public static int TagTripleBucket(int offset, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third, int bits)
    {
        var triple = FeatureHash.Add(FeatureHash.Add(TagTripleKey, offset), first);
        triple = FeatureHash.Add(FeatureHash.Add(triple, ' '), second);
        return FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(triple, ' '), third), bits);
    }

    /// <summary>The hash the two word-and-tag features of a lowercased word start from.</summary>
    public static ulong WordTagStart(ReadOnlySpan<char> lower) => FeatureHash.Add(FeatureHash.Add(WordTagKey, lower), ' ');

    /// <summary>The word (from <see cref="WordTagStart"/>) with its own tag.</summary>
    public static int WordTagBucket(ulong word, ReadOnlySpan<char> tag, int bits) => FeatureHash.Bucket(FeatureHash.Add(word, tag), bits);

    /// <summary>The word (from <see cref="WordTagStart"/>) with the previous token's tag.</summary>
    public static int WordPreviousTagBucket(ulong word, ReadOnlySpan<char> previousTag, int bits) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(word, '<'), previousTag), bits);

    /// <summary>The lowercased word at <paramref name="i"/>, or the boundary word outside the sentence.</summary>
    public static ReadOnlySpan<char> Lower(WordForms forms, int i) =>
        i < 0 ? Start : i >= forms.Count ? End : forms.Lower(i);

    /// <summary>The tag at <paramref name="i"/>, or the boundary tag outside the sentence.</summary>
    public static ReadOnlySpan<char> Tag(ReadOnlySpan<string> tags, int i) =>
        i < 0 ? Start : i >= tags.Length ? End : tags[i];
}
