using System.Globalization;
using System.Text.Json;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Reporting;
using Backchannel.Reporting.Html;

namespace Backchannel.Linking;

/// <summary>
/// The <c>actors</c> array: one item per knowledge-base actor per document, with the roles the record gives it on the
/// document date, its sanctions, titles in the text that disagree with the record, and the citations behind each
/// fact. The HTML block lists each actor once with the same facts.
/// </summary>
public sealed class ActorsSection : IReportSection, IRecordFacts
{
    /// <summary>The JSON property this section writes.</summary>
    public const string Name = "actors";

    private readonly KnowledgeBase? kb;

    /// <summary>Reads facts from <paramref name="kb"/>, or from the shipped knowledge base when null.</summary>
    public ActorsSection(KnowledgeBase? kb = null) => this.kb = kb;

    /// <inheritdoc />
    public string JsonName => Name;

    /// <inheritdoc />
    public string Title => "Actors";

    private KnowledgeBase Kb => kb ?? ShippedKnowledgeBase.Default;

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        var record = Kb;
        writer.WriteStartArray();
        foreach (var actor in DocumentActorFacts.From(context.Corpus, record))
        {
            writer.WriteStartObject();
            writer.WriteString("doc", actor.DocumentId);
            writer.WriteString("id", actor.Entity.Id);
            writer.WriteString("name", actor.Entity.Caption);
            writer.WriteString("schema", actor.Entity.Schema);
            writer.WriteString("date", actor.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("mentions", actor.Mentions);
            writer.WriteStartArray("roles");
            foreach (var (term, check) in RolesOn(record, actor))
            {
                writer.WriteStartObject();
                writer.WriteString("position", term.PostId);
                writer.WriteString("positionName", record.Get(term.PostId)?.Caption ?? term.PostId);
                writer.WriteString("term", term.Term);
                writer.WriteString("certainty", CertaintyName(check.Certainty));
                writer.WriteString("reason", check.Reason);
                WriteCitations(writer, term.Entity);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sanctions");
            foreach (var sanction in record.SanctionsOn(actor.Entity.Id))
            {
                writer.WriteStartObject();
                writer.WriteString("authority", sanction.Authority);
                writer.WriteString("program", sanction.Program);
                writer.WriteString("listingDate", sanction.ListingDate?.ToString());
                writer.WriteString("endDate", sanction.End?.ToString());
                WriteCitations(writer, sanction.Entity);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("titleChecks");
            foreach (var (start, end, position, detail, titleStart, titleEnd) in actor.Disagreements)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", start);
                writer.WriteNumber("end", end);
                writer.WriteString("result", "disagrees");
                writer.WriteString("position", position);
                writer.WriteString("detail", detail);
                TitleCheckEvidence.WriteJson(writer, record, actor, position, start, titleStart, titleEnd, WriteCitations);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteCitations(writer, actor.Entity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public string? ActorName(string entityId) => Kb.Get(entityId)?.Caption;

    /// <inheritdoc />
    public bool IsPerson(string entityId) => Kb.Get(entityId)?.Schema == "Person";

    /// <inheritdoc />
    public IReadOnlyList<ReportFlag> Flags(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = Kb;
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in context.Corpus.Documents)
        {
            order.TryAdd(document.Id, order.Count);
        }

        return DocumentActorFacts.From(context.Corpus, record)
            .SelectMany(actor => actor.Disagreements.Select(d => TitleCheckEvidence.Flag(record, actor, d.PositionId, d.Detail, d.Start, d.End, d.TitleStart, d.TitleEnd)))
            .OrderBy(f => order.GetValueOrDefault(f.DocumentId)).ThenBy(f => f.ClaimStart)
            .ToList();
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter html, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        var record = Kb;
        var actors = DocumentActorFacts.From(context.Corpus, record).GroupBy(a => a.Entity.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(a => a.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (actors.Count == 0)
        {
            html.Element("p", "No mention is linked to an actor in the knowledge base yet.", "empty");
            return;
        }

        Tables.Open(html, "actors-table", "actors", actors.Count, "Actor", "Roles on the document dates", "Sanctions", "Flags", "Documents", "Mentions");
        for (var i = 0; i < actors.Count; i++)
        {
            var group = actors[i];
            var entity = group.First().Entity;
            var roles = group.SelectMany(a => RolesOn(record, a).Select(r => $"{record.Get(r.Term.PostId)?.Caption ?? r.Term.PostId} ({r.Term.Term})"))
                .Distinct(StringComparer.Ordinal).ToList();
            var sanctions = record.SanctionsOn(entity.Id).Select(s => $"{s.Authority} {s.Program} {s.ListingDate}".Trim()).ToList();
            Tables.Row(html, i, "actor-" + entity.Id)
                .Open("td").Element("strong", entity.Caption).Text(" ").Element("span", entity.Id, "id", ("title", string.Join("; ", entity.Citations))).Close("td");
            List(html, roles);
            List(html, sanctions);
            html.Open("td");
            var flags = group.SelectMany(a => a.Disagreements.Select(d => TitleCheckEvidence.Flag(record, a, d.PositionId, d.Detail, d.Start, d.End, d.TitleStart, d.TitleEnd))).ToList();
            if (flags.Count > 0)
            {
                // Each flag is shown in full in the flags section; here, the claim and a way there.
                html.Open("ul", "checks");
                foreach (var flag in flags)
                {
                    var text = group.First(a => a.DocumentId == flag.DocumentId).Text;
                    html.Open("li").Element("a", "“" + text[flag.ClaimStart..flag.ClaimEnd] + "”", null, ("href", "#" + flag.IndexAnchor)).Close("li");
                }

                html.Close("ul");
            }

            html.Close("td")
                .Element("td", group.Count().ToString(CultureInfo.InvariantCulture), "num")
                .Element("td", group.Sum(a => a.Mentions).ToString(CultureInfo.InvariantCulture), "num")
                .Close("tr");
        }

        Tables.Close(html, "actors-table", actors.Count);
    }

    private static void List(HtmlWriter html, List<string> items)
    {
        html.Open("td");
        if (items.Count > 0)
        {
            html.Open("ul");
            foreach (var item in items)
            {
                html.Element("li", item);
            }

            html.Close("ul");
        }

        html.Close("td");
    }

    private static void WriteCitations(Utf8JsonWriter writer, KbEntity entity)
    {
        writer.WriteStartArray("citations");
        foreach (var citation in entity.Citations)
        {
            writer.WriteStartObject();
            writer.WriteString("publisher", citation.Publisher);
            writer.WriteString("url", citation.Url);
            writer.WriteString("record", citation.Record);
            writer.WriteString("retrieved", citation.Retrieved);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string CertaintyName(TermCertainty certainty) => certainty switch
    {
        TermCertainty.Holds => "holds",
        TermCertainty.StartedThatDay => "started-that-day",
        TermCertainty.EndedThatDay => "ended-that-day",
        TermCertainty.Uncertain => "uncertain",
        _ => "not-held",
    };

    // An undated document gets no roles: who held what is a question about a day, and the clock is not one.
    private static IReadOnlyList<(Occupancy Term, TermCheck Check)> RolesOn(KnowledgeBase record, DocumentActorFacts actor) =>
        actor.Day is { } day ? record.RolesOn(actor.Entity.Id, day) : [];
}
