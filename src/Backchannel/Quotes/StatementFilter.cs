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
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "which", "who", "this", "that", "these", "those", "we", "i", "you",
    };

    // Nouns that make a person's name the name of a body: what follows the name is the speaker, not the person.
    private static readonly string[] Bodies =
        ["administration", "government", "campaign", "team", "office", "ministry", "camp", "officials", "aides", "allies", "supporters", "family", "spokesman", "spokeswoman", "spokesperson", "lawyers", "party"];

    public static void Apply(Document document, List<Quote> quotes)
    {
        if (quotes.Count == 0 || !document.Has(TaggingLayers.Lemmas) || !document.Has(TaggingLayers.Pos))
        {
            return;
        }

        // One lemma and one tag per token, in text order.
        var lemmas = document.Get(TaggingLayers.Lemmas);
        var tags = document.Get(TaggingLayers.Pos);
        quotes.RemoveAll(q => !IsStatement(q, lemmas));
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];

            // A pronoun the resolver could not tie to a named person tells a reader nothing about who spoke: the
            // quote is kept, unattributed, rather than listed under "he" or "it". So is a passive cue ("no agreement
            // was announced"): its subject is what was said, never who said it.
            if ((quote.Speaker is { Name: null, Anonymous: false } speaker && Pronouns.Contains(speaker.Text)) || IsPassive(quote, lemmas, tags))
            {
                quotes[i] = quote with { Speaker = null };
            }

            // "The Harbour administration" is a body, not the person its name starts with: keep the words, drop the name.
            else if (quote.Speaker is { Name: not null } body && EndsWithBody(body.Text))
            {
                quotes[i] = quote with { Speaker = body with { Name = null } };
            }
        }
    }

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

        return SpeechIn(quote, lemmas, FirstCueToken(quote, lemmas));
    }

    // A cue made of a form of "be" and a past participle, with no "by" in the cue and no word of speaking after the
    // participle ("was quoted as saying", "is said to have told": there the subject did speak).
    private static bool IsPassive(Quote quote, ImmutableArray<Lemma> lemmas, ImmutableArray<PosTag> tags)
    {
        if (quote.Speaker is null || quote.CueEnd <= quote.CueStart)
        {
            return false;
        }

        var be = false;
        for (var t = FirstCueToken(quote, lemmas); t < lemmas.Length && t < tags.Length && lemmas[t].Start < quote.CueEnd; t++)
        {
            if (lemmas[t].Value == "by")
            {
                return false;
            }

            be |= lemmas[t].Value == "be";
            if (be && tags[t].Tag == "VBN")
            {
                return !SpeechIn(quote, lemmas, t + 1);
            }
        }

        return false;
    }

    // Whether a token of the cue, from token `from` on, has a lemma of speaking or writing.
    private static bool SpeechIn(Quote quote, ImmutableArray<Lemma> lemmas, int from)
    {
        for (var t = from; t < lemmas.Length && lemmas[t].Start < quote.CueEnd; t++)
        {
            if (CueLexicon.IsSpeech(lemmas[t].Value))
            {
                return true;
            }
        }

        return false;
    }

    // The first token ending after the cue starts: a binary search, so a long document with many quotes is not
    // scanned from its first token for each.
    private static int FirstCueToken(Quote quote, ImmutableArray<Lemma> lemmas)
    {
        int low = 0, high = lemmas.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (lemmas[middle].End <= quote.CueStart)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool EndsWithBody(string text)
    {
        var last = text.AsSpan().TrimEnd();
        last = last[(last.LastIndexOf(' ') + 1)..];
        foreach (var body in Bodies)
        {
            if (last.Equals(body, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
