using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Reporting.Html;
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

    /// <summary>The check in the report: the sentence with the title marked, the post, who held it, and the record's words.</summary>
    public static void WriteHtml(HtmlWriter html, KnowledgeBase kb, DocumentActorFacts actor, string? positionId, string? detail, int start, int end, int titleStart, int titleEnd)
    {
        var (sentenceStart, sentenceEnd) = Sentence(actor.Text, titleStart >= 0 ? titleStart : start);
        var (markStart, markEnd) = titleStart >= 0 ? (titleStart, titleEnd) : (start, end);
        markStart = Math.Clamp(markStart, sentenceStart, sentenceEnd);
        markEnd = Math.Clamp(Math.Max(markEnd, end), markStart, sentenceEnd);
        html.Open("li").Open("blockquote")
            .Text(actor.Text[sentenceStart..markStart]).Element("mark", actor.Text[markStart..markEnd]).Text(actor.Text[markEnd..sentenceEnd])
            .Close("blockquote");
        var post = positionId is null ? "" : kb.Get(positionId)?.Caption ?? positionId;
        // A holder the record cannot place on the day for certain (a coarse date, an open term past its source) says so.
        var holders = HeldBy(kb, positionId, actor.Day).Select(h => $"{h.Holder.Caption} ({h.Term.Term}{(h.Check.Certain ? "" : ", uncertain")})").ToList();
        html.Text($"{post}: {detail}. ");
        html.Text(holders.Count > 0 ? $"Held on {actor.Day:yyyy-MM-dd} by {string.Join("; ", holders)}. " : $"The record names no holder on {actor.Day:yyyy-MM-dd}. ");
        var sources = kb.TermsOf(actor.Entity.Id).Where(t => t.PostId == positionId).SelectMany(t => t.Entity.Citations).Select(c => c.ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (sources.Count > 0)
        {
            html.Element("span", "Record: " + string.Join("; ", sources), "citation");
        }

        html.Close("li");
    }
}
