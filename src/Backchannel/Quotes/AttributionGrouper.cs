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

            foreach (var span in spans)
            {
                if (span.Role == QuoteLabels.Source && cues.Count > 0)
                {
                    var cue = Nearest(input, cues, span.Start, span.End, sameSentence: true) ?? Nearest(input, cues, span.Start, span.End, sameSentence: false)!;
                    if (!cue.HasSource || Gap(cue.Cue, (span.Start, span.End)) < Gap(cue.Cue, cue.Source))
                    {
                        cue.Source = (span.Start, span.End);
                    }
                }
                else if (span.Role == QuoteLabels.Content)
                {
                    var cue = cues.Count > 0 ? Nearest(input, cues, span.Start, span.End, sameSentence: false) : null;
                    if (cue is not null)
                    {
                        cue.Content.Add((span.Start, span.End));
                    }
                    else if (previousLast is not null && previousParagraph >= p - 2)
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
