using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Reporting;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// What a title check that disagrees shows (issue 16): the sentence with its offsets and the title in it, the post,
/// who held the post on that date, and the record's citations for the person's own term and for the holders' terms.
/// </summary>
internal static class TitleCheckEvidence
{
    // The store keeps no sentences, so a document's are split once, when its first check is written (JSON and HTML
    // both ask, and a document may hold several checks).
    private static readonly ConditionalWeakTable<string, List<Sentence>> SentencesOf = [];

    /// <summary>The sentence around <paramref name="start"/>: offsets and text.</summary>
    public static (int Start, int End) Sentence(string text, int start)
    {
        var sentences = SentencesOf.GetValue(text, Split);
        foreach (var sentence in sentences)
        {
            if (sentence.Start <= start && start < sentence.End)
            {
                return (sentence.Start, sentence.End);
            }
        }

        return (start, start);
    }

    private static List<Sentence> Split(string text)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        return sentences;
    }

    /// <summary>Who held <paramref name="positionId"/> on <paramref name="day"/> (certainly or possibly), with their terms.</summary>
    public static IReadOnlyList<(KbEntity Holder, Occupancy Term, TermCheck Check)> HeldBy(KnowledgeBase kb, string? positionId, DateOnly? day)
    {
        if (positionId is null || day is not { } on)
        {
            return [];
        }

        var held = new List<(KbEntity, Occupancy, TermCheck)>();
        foreach (var (term, check) in kb.HoldersOn(positionId, on))
        {
            if (kb.Get(term.HolderId) is { } holder)
            {
                held.Add((holder, term, check));
            }
        }

        return held;
    }

    /// <summary>Writes one check's evidence as JSON properties (inside the check's object).</summary>
    public static void WriteJson(Utf8JsonWriter writer, KnowledgeBase kb, DocumentActorFacts actor, string? positionId, int start, int titleStart, int titleEnd, Action<Utf8JsonWriter, KbEntity> citations)
    {
        var (sentenceStart, sentenceEnd) = Sentence(actor.Text, titleStart >= 0 ? titleStart : start);
        writer.WriteStartObject("sentence");
        writer.WriteNumber("start", sentenceStart);
        writer.WriteNumber("end", sentenceEnd);
        writer.WriteString("text", actor.Text[sentenceStart..sentenceEnd]);
        writer.WriteEndObject();
        if (titleStart >= 0)
        {
            writer.WriteStartObject("title");
            writer.WriteNumber("start", titleStart);
            writer.WriteNumber("end", titleEnd);
            writer.WriteString("text", actor.Text[titleStart..titleEnd]);
            writer.WriteEndObject();
        }

        writer.WriteString("positionName", positionId is null ? null : kb.Get(positionId)?.Caption);
        writer.WriteStartArray("heldBy");
        foreach (var (holder, term, check) in HeldBy(kb, positionId, actor.Day))
        {
            writer.WriteStartObject();
            writer.WriteString("id", holder.Id);
            writer.WriteString("name", holder.Caption);
            writer.WriteString("term", term.Term);
            writer.WriteBoolean("certain", check.Certain);
            citations(writer, term.Entity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("record");
        foreach (var term in kb.TermsOf(actor.Entity.Id))
        {
            if (term.PostId == positionId)
            {
                writer.WriteStartObject();
                writer.WriteString("term", term.Term);
                citations(writer, term.Entity);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// The check as a flag for the report: the sentence, the title (else the name) as the claim, what the record says,
    /// who held the post that day, the person's own terms in it, and the sources of both.
    /// </summary>
    public static ReportFlag Flag(KnowledgeBase kb, DocumentActorFacts actor, string? positionId, string? detail, int start, int end, int titleStart, int titleEnd)
    {
        var text = actor.Text;
        var (sentenceStart, sentenceEnd) = Sentence(text, titleStart >= 0 ? titleStart : start);
        // The claim is the title with the name it is given to ("former U.S. President Donald J. Trump").
        var (claimStart, claimEnd) = titleStart >= 0 ? (Math.Min(titleStart, start), Math.Max(titleEnd, end)) : (start, end);
        var post = positionId is null ? "the post" : kb.Get(positionId)?.Caption ?? positionId;
        var claim = text[Math.Clamp(claimStart, 0, text.Length)..Math.Clamp(claimEnd, claimStart, text.Length)];
        var day = actor.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "the document date";

        var facts = new List<string>();
        var citations = new List<string>();
        var holders = HeldBy(kb, positionId, actor.Day);
        // A holder the record cannot place on the day for certain (a coarse date, an open term past its source) says so.
        facts.Add(holders.Count > 0
            ? $"On {day} the post was held by {string.Join("; ", holders.Select(h => $"{h.Holder.Caption} (term {h.Term.Term}{(h.Check.Certain ? "" : ", uncertain")})"))}."
            : $"The record names no holder of the post on {day}.");
        citations.AddRange(holders.SelectMany(h => h.Term.Entity.Citations).Select(c => c.ToString()));
        var own = kb.TermsOf(actor.Entity.Id).Where(t => t.PostId == positionId).ToList();
        facts.Add(own.Count > 0
            ? $"{actor.Entity.Caption}'s own terms in the post: {string.Join("; ", own.Select(t => t.Term))}."
            : $"The record has no term of {actor.Entity.Caption} in the post.");
        citations.AddRange(own.SelectMany(t => t.Entity.Citations).Select(c => c.ToString()));
        return new ReportFlag(actor.DocumentId, sentenceStart, sentenceEnd, claimStart, claimEnd,
            $"“{claim}”: the record disagrees. {post}: {detail}.", facts, citations.Distinct(StringComparer.Ordinal).ToList());
    }
}
