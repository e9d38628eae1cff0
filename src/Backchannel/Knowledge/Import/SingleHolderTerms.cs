using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import;

/// <summary>
/// Reconciles terms of posts one person holds at a time (heads of state and government, foreign ministers). Sources leave old terms open
/// (Wikidata often has no end for a leader who lost office), and crowd-sourced lists carry undated and fictional
/// "holders". Across all sources, after merging:
/// <list type="bullet">
/// <item>an open term followed by a later term of someone else is ended at that successor's start, with a note saying
/// the end is inferred and from what;</item>
/// <item>a term with neither start nor end, on a post whose current holder is on record with dates, says nothing and is dropped
/// (counted in the build notes); so is an open term that starts inside another holder's closed term and has a
/// successor, and a term known only by its end when that end falls inside another holder's closed term.</item>
/// </list>
/// Co-principalities (two heads of state at once) are rare and would be cut short by the first rule; the note on each
/// inferred end makes that visible.
/// </summary>
public static class SingleHolderTerms
{
    private static readonly HashSet<string> SingleHolderRoles = new(StringComparer.Ordinal) { "head_of_state", "head_of_government", "foreign_minister" };

    /// <summary>Returns the entities with inferred ends applied and undated terms removed; <paramref name="notes"/> says what changed.</summary>
    public static List<KbEntity> Reconcile(List<KbEntity> entities, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(notes);
        var singlePosts = entities.Where(e => e.Schema == Schemas.Position && e.Values(Props.Role).Any(SingleHolderRoles.Contains))
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var terms = entities.Where(e => e.Schema == Schemas.Occupancy && singlePosts.Contains(e.First(Props.Post) ?? ""))
            .Select(e => new Occupancy(e)).GroupBy(t => t.PostId, StringComparer.Ordinal);
        var replaced = new Dictionary<string, KbEntity?>(StringComparer.Ordinal);
        int inferred = 0, dropped = 0;
        foreach (var post in terms)
        {
            var dated = post.Where(t => t.Start is not null).OrderBy(t => t.Start!.Value.Earliest).ToList();
            if (dated.Count == 0)
            {
                continue;
            }

            // Undated terms are only dropped where the record already knows a dated current holder; elsewhere an
            // undated entry may be the only word on who holds the post (monarchs often lack a start date).
            var datedCurrent = dated.Any(t => (t.End is null && t.Status != "ended") || t.EndIsScheduled);
            foreach (var undated in post.Where(t => datedCurrent && t.Start is null && t.End is null))
            {
                replaced[undated.Entity.Id] = null;
                dropped++;
            }

            // A term known only by its end, which falls inside another holder's dated, closed term, contradicts the
            // record (a one-holder post cannot change hands in the middle of someone else's term): noise, dropped.
            foreach (var endOnly in post.Where(t => t.Start is null && t.End is { } end && dated.Any(o => o.HolderId != t.HolderId && o.End is { } otherEnd
                && o.Start!.Value.Latest < end.Earliest && end.Latest < otherEnd.Earliest)))
            {
                replaced[endOnly.Entity.Id] = null;
                dropped++;
            }

            foreach (var term in dated.Where(t => t.End is null && t.Status != "ended"))
            {
                // An open term that begins inside someone else's closed term of a one-holder post, and was itself
                // followed by another holder, contradicts the record on both sides: it is noise (often fiction in
                // crowd-sourced lists), not a term.
                var inside = dated.Any(o => o.HolderId != term.HolderId && o.End is { } end
                    && o.Start!.Value.Latest < term.Start!.Value.Earliest && term.Start!.Value.Latest < end.Earliest);
                var successor = dated.FirstOrDefault(t => t.HolderId != term.HolderId && t.Start!.Value.Earliest > term.Start!.Value.Latest);
                if (successor is null)
                {
                    continue;
                }

                if (inside)
                {
                    replaced[term.Entity.Id] = null;
                    dropped++;
                    continue;
                }

                replaced[term.Entity.Id] = term.Entity.ToBuilder()
                    .Add(Props.EndDate, successor.Start)
                    .Set(Props.Status, "ended")
                    .Add(Props.Notes, $"end inferred: {successor.HolderId} took office {successor.Start} (source gives no end)")
                    .Build();
                inferred++;
            }
        }

        notes.Add($"terms of single-holder posts: {inferred} open terms ended at their successor's start; {dropped} undated or contradicted terms dropped");
        return [.. entities.Select(e => replaced.TryGetValue(e.Id, out var r) ? r : e).OfType<KbEntity>()];
    }
}
