using System.Text.Json;
using Backchannel.Corpus;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;

namespace Backchannel.Linking;

/// <summary>
/// One knowledge-base actor as one document sees it: the links to it, and the record read at the document date
/// (roles, sanctions, citations). Computed from the store and the knowledge base when a report is written.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Day">The day the record is read at; null for an undated document (no roles are read for it).</param>
/// <param name="Entity">The actor.</param>
/// <param name="Mentions">Links to it in the document.</param>
/// <param name="Disagreements">Title checks that disagree: the linked name's span, the post, the record's words, and the title's span (-1 when not stored).</param>
/// <param name="Text">The document's text (for the sentence a check quotes).</param>
internal sealed record DocumentActorFacts(string DocumentId, DateOnly? Day, KbEntity Entity, int Mentions, IReadOnlyList<(int Start, int End, string? PositionId, string? Detail, int TitleStart, int TitleEnd)> Disagreements, string Text)
{
    /// <summary>Groups the stored links of every document by KB actor (NIL ids are left out: the record has nothing on them).</summary>
    public static IEnumerable<DocumentActorFacts> From(CorpusSnapshot corpus, KnowledgeBase kb)
    {
        var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var links = corpus.Layer(AnnotationLayers.Links)
            .Select(a => (a.DocumentId, a.Annotation, Data: Read(a.Annotation.DataJson)))
            .Where(l => l.Data.Entity is { } id && !id.StartsWith(EntityLink.NilPrefix, StringComparison.Ordinal) && documents.ContainsKey(l.DocumentId));
        foreach (var group in links.GroupBy(l => (l.DocumentId, l.Data.Entity!)).OrderBy(g => g.Key.DocumentId, StringComparer.Ordinal).ThenBy(g => g.Min(l => l.Annotation.Start)))
        {
            if (kb.Get(group.Key.Item2) is not { } entity)
            {
                continue;
            }

            var day = EntityLinkerComponent.DocumentDay(documents[group.Key.DocumentId].Metadata);
            var disagreements = group.Where(l => l.Data.Check == "disagrees")
                .Select(l => (l.Annotation.Start, l.Annotation.End, l.Data.Position, l.Data.Detail, l.Data.TitleStart, l.Data.TitleEnd)).ToList();
            yield return new DocumentActorFacts(group.Key.DocumentId, day, entity, group.Count(), disagreements, documents[group.Key.DocumentId].Text);
        }
    }

    private static (string? Entity, string? Check, string? Position, string? Detail, int TitleStart, int TitleEnd) Read(string? json)
    {
        if (json is null)
        {
            return (null, null, null, null, -1, -1);
        }

        using var data = JsonDocument.Parse(json);
        var root = data.RootElement;
        return (Get(root, "entity"), Get(root, "titleCheck"), Get(root, "titlePosition"), Get(root, "titleDetail"), Number(root, "titleStart"), Number(root, "titleEnd"));
    }

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
