using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>One actor of a document: its id, where it was introduced, and the names and titles it went by.</summary>
internal sealed class DocumentActor(string id, bool isPerson, int introducedAt, DocumentActors index)
{
    public string Id { get; } = id;

    public bool IsPerson { get; } = isPerson;

    public int IntroducedAt { get; } = introducedAt;

    public int LastSeen { get; set; } = introducedAt;

    public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Surnames the actor answers to; add through <see cref="AddSurname"/> so the document's index sees them.</summary>
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles the document gave the actor ("the envoy" later points back to someone introduced as envoy).</summary>
    public List<RolePhrase> Titles { get; } = [];

    public bool IsNil => Id.StartsWith(EntityLink.NilPrefix, StringComparison.Ordinal);

    /// <summary>Adds a full-name key and its last word as a surname (people only).</summary>
    public void AddName(string key)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (NameKeys.Add(key))
        {
            index.IndexName(this, key);
        }

        var space = key.LastIndexOf(' ');
        if (space > 0)
        {
            AddSurname(key[(space + 1)..]);
        }
    }

    /// <summary>Adds a surname (people only; other actors have none).</summary>
    public void AddSurname(string surname)
    {
        if (IsPerson && surname.Length > 0 && Surnames.Add(surname))
        {
            index.IndexSurname(this, surname);
        }
    }
}
