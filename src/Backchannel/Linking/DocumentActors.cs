namespace Backchannel.Linking;

/// <summary>
/// The actors introduced so far in one document, so later surnames, bare titles and repeated names can point back to
/// them, and unknown people get one NIL id per person. One instance per document; never shared.
/// </summary>
internal sealed class DocumentActors
{
    private readonly List<DocumentActor> actors = [];
    private int nextNil = 1;

    /// <summary>Every actor, in order of introduction.</summary>
    public IEnumerable<DocumentActor> Where(Func<DocumentActor, bool> predicate) => actors.Where(predicate);

    /// <summary>The actor last mentioned under exactly this name key.</summary>
    public DocumentActor? ByName(string key) => Latest(a => a.NameKeys.Contains(key));

    /// <summary>The person last mentioned whose surname is <paramref name="key"/>.</summary>
    public DocumentActor? BySurname(string key) => Latest(a => a.IsPerson && a.Surnames.Contains(key));

    /// <summary>The actor last mentioned that <paramref name="fits"/>.</summary>
    public DocumentActor? Latest(Func<DocumentActor, bool> fits)
    {
        DocumentActor? best = null;
        foreach (var actor in actors)
        {
            if (fits(actor) && (best is null || actor.LastSeen > best.LastSeen))
            {
                best = actor;
            }
        }

        return best;
    }

    /// <summary>Records a mention of <paramref name="id"/> at <paramref name="at"/>, introducing it when new.</summary>
    public DocumentActor Seen(string id, bool isPerson, int at)
    {
        var actor = actors.Find(a => a.Id == id);
        if (actor is null)
        {
            actor = new DocumentActor(id, isPerson, at);
            actors.Add(actor);
        }

        actor.LastSeen = at;
        return actor;
    }

    /// <summary>A fresh NIL id for this document.</summary>
    public string NewNilId() => EntityLink.NilPrefix + nextNil++.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
