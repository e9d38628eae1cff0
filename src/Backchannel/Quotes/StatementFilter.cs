using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Tagging;

namespace Backchannel.Quotes;

/// <summary>
/// Keeps, of what the model found, the attributions a reader may take as statements: those whose cue has a word of
/// speaking or writing (<see cref="CueLexicon.IsSpeech"/>: "said", "warned", "according to", "in a statement"),
/// words in quotation marks after a named speaker's colon (a headline's 'Brandt: "…"'), and the answers of an
/// interview whose interviewee is named. The model is trained on PolNeAR, which also marks stances,
/// beliefs and findings ("X backed Y", "X fears", "the poll showed") and appositions; shown as quotes, those would be
/// words put in someone's mouth, and a false speaker is worse than a missing quote.
/// </summary>
internal static class StatementFilter
{
    public static void Apply(Document document, List<Quote> quotes)
    {
        if (quotes.Count == 0 || !document.Has(TaggingLayers.Lemmas))
        {
            return;
        }

        var lemmas = document.Get(TaggingLayers.Lemmas);
        quotes.RemoveAll(q => !IsStatement(q, lemmas));

        // A pronoun the resolver could not tie to a named person tells a reader nothing about who spoke: the quote is
        // kept, unattributed, rather than listed under "he" or "it".
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Speaker is { Name: null, Anonymous: false } speaker && Pronouns.Contains(speaker.Text))
            {
                quotes[i] = quotes[i] with { Speaker = null };
            }
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "which", "who", "this", "that", "these", "those", "we", "i", "you",
    };

    private static bool IsStatement(Quote quote, ImmutableArray<Lemma> lemmas)
    {
        // An interview answer: the cue is the "A:" marker, which is also the speaker's span.
        if (quote.Speaker is { } speaker && speaker.Start == quote.CueStart)
        {
            return speaker.Name is not null;
        }

        if (quote.CueEnd <= quote.CueStart)
        {
            return false;
        }

        // The headline convention 'Brandt: "We will not sign"': words in quotation marks after a named speaker's colon.
        if (quote.Kind == QuoteKind.Direct && quote.Speaker is not null && quote.Cue.AsSpan().Trim() is ":")
        {
            return true;
        }

        foreach (var lemma in lemmas)
        {
            if (lemma.End <= quote.CueStart)
            {
                continue;
            }

            if (lemma.Start >= quote.CueEnd)
            {
                break;
            }

            if (CueLexicon.IsSpeech(lemma.Value))
            {
                return true;
            }
        }

        return false;
    }
}
