using Backchannel.Learning;

namespace Backchannel.Tagging;

/// <summary>
/// Hashed features of the chunker: words and part-of-speech tags two either side, and tag bigrams and trigrams
/// around the token, as in the classic CoNLL-2000 chunkers. Hashed from pieces; no strings are built.
/// </summary>
internal static class ChunkFeatures
{
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
        sequence.Clear();
        var n = forms.Count;
        for (var i = 0; i < n; i++)
        {
            sequence.Add(FeatureHash.Bucket(Bias, bits));
            sequence.Add(FeatureHash.Bucket(PosFeatures.Shape(ShapeKey, forms.Word(i)), bits));
            for (var offset = -2; offset <= 2; offset++)
            {
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(WordKey, offset), Lower(forms, i + offset)), bits));
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(TagKey, offset), Tag(tags, i + offset)), bits));
            }

            for (var offset = -2; offset <= 1; offset++)
            {
                var pair = FeatureHash.Add(FeatureHash.Add(TagPairKey, offset), Tag(tags, i + offset));
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(pair, ' '), Tag(tags, i + offset + 1)), bits));
            }

            for (var offset = -2; offset <= 0; offset++)
            {
                var triple = FeatureHash.Add(FeatureHash.Add(TagTripleKey, offset), Tag(tags, i + offset));
                triple = FeatureHash.Add(FeatureHash.Add(triple, ' '), Tag(tags, i + offset + 1));
                sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(triple, ' '), Tag(tags, i + offset + 2)), bits));
            }

            // The word with its own tag and with the previous tag separates e.g. "that" as IN (SBAR) from DT (NP).
            var word = FeatureHash.Add(FeatureHash.Add(WordTagKey, Lower(forms, i)), ' ');
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(word, Tag(tags, i)), bits));
            sequence.Add(FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Add(word, '<'), Tag(tags, i - 1)), bits));
            sequence.EndPosition();
        }
    }

    private static ReadOnlySpan<char> Lower(WordForms forms, int i) =>
        i < 0 ? "<s>" : i >= forms.Count ? "</s>" : forms.Lower(i);

    private static ReadOnlySpan<char> Tag(ReadOnlySpan<string> tags, int i) =>
        i < 0 ? "<s>" : i >= tags.Length ? "</s>" : tags[i];
}
