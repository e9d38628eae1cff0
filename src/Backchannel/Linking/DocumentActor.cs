using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>One actor of a document: its id, where it was introduced, and the names and titles it went by.</summary>
internal sealed class DocumentActor(string id, bool isPerson, int introducedAt)
{
    public string Id { get; } = id;

    public bool IsPerson { get; } = isPerson;

    public int IntroducedAt { get; } = introducedAt;

    public int LastSeen { get; set; } = introducedAt;

    public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);

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

        NameKeys.Add(key);
        var space = key.LastIndexOf(' ');
        if (IsPerson && space > 0)
        {
            Surnames.Add(key[(space + 1)..]);
        }
    }
}
