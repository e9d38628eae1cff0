using Backchannel.Documents;
using Backchannel.Entities;

namespace Backchannel.Quotes;

/// <summary>
/// Interviews printed as questions and answers ("Q: ..." / "A: ..."): each answer is a verbatim statement of the
/// interviewee. The speaker is written only as "A", so its name is the last person named before the first question
/// (the introduction: "Interview with the envoy Piotr Nowak"), and none when no person is named there. Questions are
/// the interviewer's and are not kept. A document needs both a question and an answer paragraph to count as one.
/// </summary>
internal static class QuestionAnswerQuotes
{
    public static void Add(QuoteInput input, ReadOnlySpan<EntityMention> entities, List<Quote> quotes)
    {
        var firstQuestion = -1;
        var introduction = (Start: -1, End: -1);
        var previous = (Start: -1, End: -1);
        var answers = new List<(int Marker, int ContentStart, int End)>();
        foreach (var (start, end) in input.Paragraphs)
        {
            var kind = Marker(input, start, end);
            if (kind == 'Q' && firstQuestion < 0)
            {
                firstQuestion = start;
                introduction = previous;
            }
            else if (kind == 'A' && start + 2 < end)
            {
                answers.Add((start, start + 2, end));
            }

            previous = (start, end);
        }

        if (firstQuestion < 0 || answers.Count == 0)
        {
            return;
        }

        // The interviewee is the person named in the paragraph just before the first question, and only when that
        // paragraph introduces an interview: a FAQ or an explainer in Q&A form answers in the outlet's own voice, and
        // its answers are then left unattributed rather than given to whoever was named last.
        string? name = null;
        if (introduction.Start >= 0 && IntroducesInterview(input, introduction.Start, introduction.End))
        {
            var from = input.Tokens[introduction.Start].Start;
            var before = input.Tokens[firstQuestion].Start;
            for (var e = entities.Length - 1; e >= 0; e--)
            {
                if (entities[e].End <= before && entities[e].Start >= from && entities[e].Label == EntityTypes.Person)
                {
                    name = input.Text[entities[e].Start..entities[e].End];
                    break;
                }
            }
        }

        foreach (var (marker, contentStart, end) in answers)
        {
            var start = input.Tokens[contentStart].Start;
            var stop = input.Tokens[end - 1].End;
            quotes.RemoveAll(q => q.Start < stop && q.End > start);
            var markerStart = input.Tokens[marker].Start;
            QuoteSpeaker? speaker = name is null ? null : new QuoteSpeaker(input.Text[markerStart..input.Tokens[marker].End], markerStart, input.Tokens[marker].End, Anonymous: false, Name: name);
            quotes.Add(new Quote(
                start,
                stop,
                input.Text[start..stop],
                QuoteKind.Direct,
                speaker,
                input.Text[markerStart..input.Tokens[marker + 1].End],
                markerStart,
                input.Tokens[marker + 1].End,
                null,
                [new TextSpan(start, stop)]));
        }

        quotes.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static bool IntroducesInterview(QuoteInput input, int firstToken, int endToken)
    {
        var text = input.Text.AsSpan(input.Tokens[firstToken].Start, input.Tokens[endToken - 1].End - input.Tokens[firstToken].Start);
        return text.Contains("interview", StringComparison.OrdinalIgnoreCase)
            || text.Contains("spoke to", StringComparison.OrdinalIgnoreCase)
            || text.Contains("talked to", StringComparison.OrdinalIgnoreCase)
            || text.Contains("in conversation with", StringComparison.OrdinalIgnoreCase);
    }

    // 'Q' or 'A' when the paragraph opens with "Q:" / "A:" (or "Q." / "A."), else '\0'.
    private static char Marker(QuoteInput input, int start, int end)
    {
        if (end - start < 2 || input.Tokens[start].Length != 1)
        {
            return '\0';
        }

        var letter = input.Text[input.Tokens[start].Start];
        var next = input.Word(start + 1);
        return letter is 'Q' or 'A' && next is ":" or "." && input.Tokens[start + 1].Start == input.Tokens[start].End ? letter : '\0';
    }
}
