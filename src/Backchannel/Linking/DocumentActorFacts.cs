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
    private static readonly LinkCodec Codec = new();

    /// <summary>Groups the stored links of every document by KB actor (NIL ids are left out: the record has nothing on them).</summary>
    public static IEnumerable<DocumentActorFacts> From(CorpusSnapshot corpus, KnowledgeBase kb)
    {
        var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var links = corpus.Layer(AnnotationLayers.Links)
            .Select(a => (a.DocumentId, a.Annotation, Data: Codec.Decode(a.Annotation)))
            .Where(l => l.Data.EntityId.Length > 0 && !l.Data.IsNil && documents.ContainsKey(l.DocumentId));
        foreach (var group in links.GroupBy(l => (l.DocumentId, l.Data.EntityId)).OrderBy(g => g.Key.DocumentId, StringComparer.Ordinal).ThenBy(g => g.Min(l => l.Annotation.Start)))
        {
            if (kb.Get(group.Key.Item2) is not { } entity)
            {
                continue;
            }

            var day = EntityLinkerComponent.DocumentDay(documents[group.Key.DocumentId].Metadata);
            var disagreements = group.Where(l => l.Data.Title == TitleAgreement.Disagrees)
                .Select(l => (l.Annotation.Start, l.Annotation.End, l.Data.TitlePositionId, l.Data.TitleDetail, l.Data.TitleStart, l.Data.TitleEnd)).ToList();
            yield return new DocumentActorFacts(group.Key.DocumentId, day, entity, group.Count(), disagreements, documents[group.Key.DocumentId].Text);
        }
    }
}
