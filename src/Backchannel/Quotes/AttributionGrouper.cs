namespace Backchannel.Quotes;

/// <summary>
/// Groups tagged spans into attributions. PolNeAR tags are univocal (a token has one role in at most one attribution)
/// but say nothing of which source and content go with which cue, so each cue anchors one attribution; a source joins
/// the nearest cue of its sentence, a content the nearest cue of its paragraph (by the gap between their edges). A
/// content in a paragraph with no cue continues the last attribution of the paragraph before (a quote running over
/// several paragraphs); a cue left with no content is dropped.
/// </summary>
internal static class AttributionGrouper
{
    /// <summary>Appends the attributions of <paramref name="labels"/> (one label per token of <paramref name="input"/>).</summary>
    public static void Group(QuoteInput input, ReadOnlySpan<int> labels, List<Attribution> output)
    {
        var spans = new List<(int Role, int Start, int End)>();
        var cues = new List<Attribution>();
        Attribution? previousLast = null;
        var previousParagraph = -10;
        for (var p = 0; p < input.Paragraphs.Count; p++)
        {
            var (start, end) = input.Paragraphs[p];
            spans.Clear();
            cues.Clear();
            Spans(labels, start, end, spans);
            foreach (var span in spans)
            {
                if (span.Role == QuoteLabels.Cue)
                {
                    cues.Add(new Attribution { Cue = (span.Start, span.End), Paragraph = p });
                }
            }

            AttachSources(input, spans, cues);
            foreach (var span in spans)
            {
                if (span.Role == QuoteLabels.Content)
                {
                    var cue = cues.Count > 0 ? Nearest(input, cues, span.Start, span.End, sameSentence: false) : null;
                    if (cue is not null)
                    {
                        cue.Content.Add((span.Start, span.End));
                    }
                    else if (previousLast is not null && previousParagraph >= p - 2 && input.QuoteState[span.Start] != QuoteInput.Outside)
                    {
                        previousLast.Content.Add((span.Start, span.End));
                    }
                }
            }

            foreach (var cue in cues)
            {
                if (cue.Content.Count > 0)
                {
                    cue.Content.Sort();
                    output.Add(cue);
                    previousLast = cue;
                    previousParagraph = p;
                }
            }
        }
    }

    // Sources and cues of one sentence are paired one-to-one, nearest first; a cue left without a source in a sentence
    // that has one shares it ("X said ..., adding ..."): the second cue reports the same speaker.
    private static void AttachSources(QuoteInput input, List<(int Role, int Start, int End)> spans, List<Attribution> cues)
    {
        var pairs = new List<(int Gap, int Source, int Cue)>();
        for (var s = 0; s < spans.Count; s++)
        {
            if (spans[s].Role != QuoteLabels.Source)
            {
                continue;
            }

            var sentence = input.SentenceIndex[spans[s].Start];
            for (var c = 0; c < cues.Count; c++)
            {
                if (input.SentenceIndex[cues[c].Cue.Start] == sentence || input.SentenceIndex[spans[s].End - 1] == input.SentenceIndex[cues[c].Cue.Start])
                {
                    pairs.Add((Gap(cues[c].Cue, (spans[s].Start, spans[s].End)), s, c));
                }
            }
        }

        pairs.Sort();
        var usedSources = new HashSet<int>();
        foreach (var (_, s, c) in pairs)
        {
            if (!cues[c].HasSource && usedSources.Add(s))
            {
                cues[c].Source = (spans[s].Start, spans[s].End);
            }
        }

        foreach (var cue in cues)
        {
            if (cue.HasSource)
            {
                continue;
            }

            var sentence = input.SentenceIndex[cue.Cue.Start];
            Attribution? donor = null;
            foreach (var other in cues)
            {
                if (other.HasSource && other != cue && input.SentenceIndex[other.Cue.Start] == sentence
                    && (donor is null || Gap(other.Cue, cue.Cue) < Gap(donor.Cue, cue.Cue)))
                {
                    donor = other;
                }
            }

            if (donor is not null)
            {
                cue.Source = donor.Source;
            }
        }
    }

    // Runs of one role; a B- label starts a new run even right after a run of the same role.
    private static void Spans(ReadOnlySpan<int> labels, int start, int end, List<(int Role, int Start, int End)> spans)
    {
        var i = start;
        while (i < end)
        {
            var role = QuoteLabels.RoleOf(labels[i]);
            if (role == 0)
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && QuoteLabels.RoleOf(labels[j]) == role && !QuoteLabels.IsBegin(labels[j]))
            {
                j++;
            }

            spans.Add((role, i, j));
            i = j;
        }
    }

    private static Attribution? Nearest(QuoteInput input, List<Attribution> cues, int start, int end, bool sameSentence)
    {
        Attribution? best = null;
        var bestGap = int.MaxValue;
        var sentence = input.SentenceIndex[start];
        foreach (var cue in cues)
        {
            var cueSentence = input.SentenceIndex[cue.Cue.Start];
            if (sameSentence && cueSentence != sentence && input.SentenceIndex[end - 1] != cueSentence)
            {
                continue;
            }

            // A cue in the same sentence wins over a nearer one across a sentence boundary.
            var gap = Gap(cue.Cue, (start, end)) + (cueSentence == sentence || cueSentence == input.SentenceIndex[end - 1] ? 0 : 1000);
            if (gap < bestGap)
            {
                bestGap = gap;
                best = cue;
            }
        }

        return best;
    }

    private static int Gap((int Start, int End) a, (int Start, int End) b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
