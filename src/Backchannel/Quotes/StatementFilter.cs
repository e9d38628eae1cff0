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

        var tags = document.Has(TaggingLayers.Pos) ? document.Get(TaggingLayers.Pos) : [];
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

    // Nouns that make a person's name the name of a body: what follows the name is the speaker, not the person.
    private static readonly string[] Bodies =
        ["administration", "government", "campaign", "team", "office", "ministry", "camp", "officials", "aides", "allies", "supporters", "family", "spokesman", "spokeswoman", "spokesperson", "lawyers", "party"];

    private static bool EndsWithBody(string text)
    {
        var last = text.AsSpan().TrimEnd();
        var space = last.LastIndexOf(' ');
        last = space < 0 ? last : last[(space + 1)..];
        foreach (var body in Bodies)
        {
            if (last.Equals(body, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A cue made of a form of "be" and a past participle, with no "by" after it in the cue.
    private static bool IsPassive(Quote quote, ImmutableArray<Lemma> lemmas, ImmutableArray<PosTag> tags)
    {
        if (quote.Speaker is null || quote.CueEnd <= quote.CueStart || tags.IsEmpty)
        {
            return false;
        }

        var be = false;
        for (var t = 0; t < tags.Length && t < lemmas.Length; t++)
        {
            if (tags[t].End <= quote.CueStart)
            {
                continue;
            }

            if (tags[t].Start >= quote.CueEnd)
            {
                break;
            }

            if (lemmas[t].Value == "by")
            {
                return false;
            }

            be |= lemmas[t].Value == "be";
            if (be && tags[t].Tag == "VBN")
            {
                // "was quoted as saying", "is said to have told": the subject did speak.
                return !SpeechAfter(quote, lemmas, tags, t + 1);
            }
        }

        return false;
    }

    private static bool SpeechAfter(Quote quote, ImmutableArray<Lemma> lemmas, ImmutableArray<PosTag> tags, int from)
    {
        for (var t = from; t < tags.Length && t < lemmas.Length && tags[t].Start < quote.CueEnd; t++)
        {
            if (CueLexicon.IsSpeech(lemmas[t].Value))
            {
                return true;
            }
        }

        return false;
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
