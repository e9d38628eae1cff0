using Backchannel.Learning;
using Backchannel.Tagging;

namespace Backchannel.Quotes;

/// <summary>
/// Hashed features of the quote model for one paragraph: words and tags around the token, its chunk and entity
/// labels, whether it sits inside quotation marks (and how long that quotation is: scare quotes and titles are short),
/// cue-lexicon words nearby and where the nearest cue verb of the sentence lies, and the token's place in its
/// sentence and paragraph. Hashed from pieces, no strings built.
/// </summary>
internal static class QuoteFeatures
{
    private static readonly ulong Bias = FeatureHash.Start("q:bias");
    private static readonly ulong WordKey = FeatureHash.Start("q:w");
    private static readonly ulong TagKey = FeatureHash.Start("q:t");
    private static readonly ulong TagPairKey = FeatureHash.Start("q:t2");
    private static readonly ulong ChunkKey = FeatureHash.Start("q:c");
    private static readonly ulong EntityKey = FeatureHash.Start("q:e");
    private static readonly ulong QuoteKey = FeatureHash.Start("q:q");
    private static readonly ulong QuoteWordKey = FeatureHash.Start("q:qw");
    private static readonly ulong QuoteTagKey = FeatureHash.Start("q:qt");
    private static readonly ulong QuoteLengthKey = FeatureHash.Start("q:ql");
    private static readonly ulong CueKey = FeatureHash.Start("q:cue");
    private static readonly ulong CueLemmaKey = FeatureHash.Start("q:cl");
    private static readonly ulong NearestCueKey = FeatureHash.Start("q:nc");
    private static readonly ulong PlaceKey = FeatureHash.Start("q:pl");
    private static readonly ulong ShapeKey = FeatureHash.Start("q:shape=");
    private static readonly ulong ParagraphKey = FeatureHash.Start("q:para");
    private static readonly ulong LemmaKey = FeatureHash.Start("q:l");
    private static readonly ulong BigramKey = FeatureHash.Start("q:w2");
    private static readonly ulong SuffixKey = FeatureHash.Start("q:suf");
    private static readonly ulong CueWordKey = FeatureHash.Start("q:ncw");
    private static readonly ulong SentenceOffsetKey = FeatureHash.Start("q:so");
    private static readonly ulong TailKey = FeatureHash.Start("q:tail");
    private static readonly ulong StanceKey = FeatureHash.Start("q:st");
    private static readonly ulong HeadColonKey = FeatureHash.Start("q:hc");

    /// <summary>Adds one row per token of the paragraph [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static void Extract(QuoteInput input, int start, int end, WordForms forms, int[] nearestCue, FeatureSequence sequence, int bits)
    {
        sequence.Clear();
        forms.Load(input.Text, input.Tokens.AsSpan(start, end - start));
        NearestCues(input, start, end, nearestCue);
        var opensWithQuote = input.QuoteState[start] == QuoteInput.Opening;

        // "NAME: ..." at the head of a paragraph: a transcript turn, a Q&A answer or a headline quote.
        var headColon = -1;
        for (var t = start + 1; t < Math.Min(end, start + 7); t++)
        {
            if (input.QuoteState[t] == QuoteInput.Outside && input.Word(t) is ":")
            {
                headColon = t;
                break;
            }
        }

        var tailSentence = -1;
        var tail = (Comma: -1, Verb: -1);
        for (var i = start; i < end; i++)
        {
            var k = i - start;
            Add(sequence, Bias, bits);
            Add(sequence, PosFeatures.Shape(ShapeKey, forms.Word(k)), bits);
            for (var offset = -2; offset <= 2; offset++)
            {
                Add(sequence, FeatureHash.Add(FeatureHash.Add(WordKey, offset), Lower(forms, k + offset)), bits);
            }

            for (var offset = -1; offset <= 1; offset++)
            {
                var j = i + offset;
                Add(sequence, FeatureHash.Add(FeatureHash.Add(LemmaKey, offset), j < start ? "<s>" : j >= end ? "</s>" : input.Lemmas[j]), bits);
            }

            for (var offset = -1; offset <= 0; offset++)
            {
                var bigram = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(BigramKey, offset), Lower(forms, k + offset)), ' ');
                Add(sequence, FeatureHash.Add(bigram, Lower(forms, k + offset + 1)), bits);
            }

            var lower = forms.Lower(k);
            Add(sequence, FeatureHash.Add(SuffixKey, lower[Math.Max(0, lower.Length - 3)..]), bits);

            for (var offset = -1; offset <= 1; offset++)
            {
                Add(sequence, FeatureHash.Add(FeatureHash.Add(TagKey, offset), Tag(input, start, end, i + offset)), bits);
                Add(sequence, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(ChunkKey, offset), Chunk(input, start, end, i + offset)), Begin(input.ChunkBegins, start, end, i + offset)), bits);
                Add(sequence, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(EntityKey, offset), Entity(input, start, end, i + offset)), Begin(input.EntityBegins, start, end, i + offset)), bits);
            }

            for (var offset = -1; offset <= 0; offset++)
            {
                var pair = FeatureHash.Add(FeatureHash.Add(TagPairKey, offset), Tag(input, start, end, i + offset));
                Add(sequence, FeatureHash.Add(FeatureHash.Add(pair, ' '), Tag(input, start, end, i + offset + 1)), bits);
            }

            // Quotation-mark state, alone and with the word, the tag and the neighbours' states.
            var state = (char)('0' + input.QuoteState[i]);
            var unclosed = input.Unclosed[i] ? 'u' : 'c';
            Add(sequence, FeatureHash.Add(FeatureHash.Add(QuoteKey, state), unclosed), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(QuoteKey, state), State(input, start, end, i - 1)), State(input, start, end, i + 1)), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(QuoteWordKey, state), Lower(forms, k)), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(QuoteTagKey, state), input.Pos[i]), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(QuoteLengthKey, LengthBucket(input.QuotedLength[i])), opensWithQuote ? 'p' : '-'), bits);

            // Cue words around the token, and the cue lemma itself.
            for (var offset = -3; offset <= 3; offset++)
            {
                var j = i + offset;
                if (j >= start && j < end && input.Cues[j])
                {
                    Add(sequence, FeatureHash.Add(FeatureHash.Add(CueKey, offset), input.QuoteState[j] == QuoteInput.Outside ? 'o' : 'i'), bits);
                }
            }

            for (var offset = -1; offset <= 1; offset++)
            {
                var j = i + offset;
                if (j >= start && j < end && input.Stances[j])
                {
                    Add(sequence, FeatureHash.Add(StanceKey, offset), bits);
                }
            }

            if (headColon >= 0)
            {
                var side = i < headColon ? 'B' : i == headColon ? 'C' : 'A';
                Add(sequence, FeatureHash.Add(FeatureHash.Add(HeadColonKey, side), AllCaps(input.Word(i)) ? 'U' : 'x'), bits);
                Add(sequence, FeatureHash.Add(FeatureHash.Add(HeadColonKey, side), state), bits);
            }

            if (input.Cues[i] || input.Stances[i])
            {
                Add(sequence, FeatureHash.Add(FeatureHash.Add(CueLemmaKey, input.Lemmas[i]), input.Pos[i]), bits);
            }

            // Where the sentence's nearest cue verb (outside quotation marks) is, by side and distance, with the
            // token's own quote state: "X said (that) ..." vs "'...,' X said".
            var cue = nearestCue[k];
            var cueSide = cue < 0 ? 'n' : cue < i ? 'L' : 'R';
            var distance = cue < 0 ? 0 : DistanceBucket(Math.Abs(cue - i));
            var nc = FeatureHash.Add(FeatureHash.Add(NearestCueKey, cueSide), distance);
            Add(sequence, nc, bits);
            Add(sequence, FeatureHash.Add(nc, state), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(nc, ' '), input.Pos[i]), bits);
            if (cue >= 0)
            {
                Add(sequence, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(CueWordKey, cueSide), input.Lemmas[cue]), state), bits);
            }

            // Place in the sentence and paragraph.
            var (sStart, sEnd) = input.Sentences[input.SentenceIndex[i]];

            // "<content>, the minister said (on Monday)." with no quotation marks: the comma before a cue verb near
            // the end of the sentence splits it into content, source and cue.
            if (sStart != tailSentence)
            {
                tailSentence = sStart;
                tail = TailCue(input, sStart, Math.Min(sEnd, end));
            }

            var (comma, verb) = tail;
            if (comma >= 0)
            {
                var part = i < comma ? 'C' : i == comma ? ',' : i < verb ? 'S' : i == verb ? 'V' : 'A';
                Add(sequence, FeatureHash.Add(FeatureHash.Add(TailKey, part), state), bits);
                Add(sequence, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(TailKey, part), i == sStart ? 'F' : '-'), input.Pos[i]), bits);
            }

            var place = i == sStart ? 'F' : i == sEnd - 1 ? 'E' : 'M';
            var sentenceInParagraph = Math.Min(input.SentenceIndex[i] - input.SentenceIndex[start], 3);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(PlaceKey, place), sentenceInParagraph), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(SentenceOffsetKey, DistanceBucket(i - sStart)), input.ChunkTypes[i]), bits);
            Add(sequence, FeatureHash.Add(FeatureHash.Add(ParagraphKey, opensWithQuote ? 'p' : '-'), state), bits);
            sequence.EndPosition();
        }
    }

    // For each token, the nearest cue verb of its sentence that stands outside quotation marks, or -1.
    private static void NearestCues(QuoteInput input, int start, int end, int[] nearest)
    {
        var i = start;
        while (i < end)
        {
            var (_, sEnd) = input.Sentences[input.SentenceIndex[i]];
            sEnd = Math.Min(sEnd, end);
            var last = -1;
            for (var t = i; t < sEnd; t++)
            {
                if (IsCueVerb(input, t))
                {
                    last = t;
                }

                nearest[t - start] = last;
            }

            last = -1;
            for (var t = sEnd - 1; t >= i; t--)
            {
                if (IsCueVerb(input, t))
                {
                    last = t;
                }

                var left = nearest[t - start];
                if (last >= 0 && (left < 0 || last - t < t - left))
                {
                    nearest[t - start] = last;
                }
            }

            i = sEnd;
        }
    }

    // The comma and cue verb of a sentence that ends "..., X said (adverbial).", or (-1, -1).
    private static (int Comma, int Verb) TailCue(QuoteInput input, int sStart, int sEnd)
    {
        for (var v = sEnd - 1; v > sStart && v >= sEnd - 8; v--)
        {
            if (!IsCueVerb(input, v))
            {
                continue;
            }

            for (var c = v - 1; c > sStart && c >= v - 7; c--)
            {
                if (input.QuoteState[c] != QuoteInput.Outside)
                {
                    break;
                }

                if (input.Word(c) is ",")
                {
                    return c - sStart >= 3 ? (c, v) : (-1, -1);
                }
            }

            break;
        }

        return (-1, -1);
    }

    internal static bool IsCueVerb(QuoteInput input, int t) =>
        input.Cues[t] && input.QuoteState[t] == QuoteInput.Outside
        && (input.Pos[t].StartsWith("VB", StringComparison.Ordinal) || input.Word(t).Equals("according", StringComparison.OrdinalIgnoreCase));

    private static bool AllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    private static void Add(FeatureSequence sequence, ulong hash, int bits) => sequence.Add(FeatureHash.Bucket(hash, bits));

    private static int DistanceBucket(int d) => d switch { <= 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, <= 16 => 5, _ => 6 };

    private static int LengthBucket(int length) => length switch { 0 => 0, 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, int.MaxValue => 9, _ => 5 };

    private static ReadOnlySpan<char> Lower(WordForms forms, int k) =>
        k < 0 ? "<s>" : k >= forms.Count ? "</s>" : forms.Lower(k);

    private static ReadOnlySpan<char> Tag(QuoteInput input, int start, int end, int i) =>
        i < start ? "<s>" : i >= end ? "</s>" : input.Pos[i];

    private static ReadOnlySpan<char> Chunk(QuoteInput input, int start, int end, int i) =>
        i < start ? "<s>" : i >= end ? "</s>" : input.ChunkTypes[i];

    private static ReadOnlySpan<char> Entity(QuoteInput input, int start, int end, int i) =>
        i < start ? "<s>" : i >= end ? "</s>" : input.EntityTypes[i];

    private static char Begin(bool[] begins, int start, int end, int i) => i >= start && i < end && begins[i] ? 'B' : 'I';

    private static char State(QuoteInput input, int start, int end, int i) =>
        i < start ? 's' : i >= end ? 'e' : (char)('0' + input.QuoteState[i]);
}
