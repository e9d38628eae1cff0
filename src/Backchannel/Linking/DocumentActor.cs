using System.Globalization;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>One actor of a document: its id, where it was introduced, and the names and titles it went by.</summary>
/// <remarks>
/// Instances are reused from document to document (<see cref="DocumentActors"/> keeps the spares), so one is only
/// ever reachable through the run of the document it belongs to.
/// </remarks>
internal sealed class DocumentActor(DocumentActors index)
{
    public string Id { get; private set; } = "";

    public bool IsPerson { get; private set; }

    public int IntroducedAt { get; private set; }

    public int LastSeen { get; set; }

    // An actor goes by one or two names in a document, so short lists (searched linearly) cost less than sets; most
    // actors never get a surname or a title, so those lists are made on first use.
    private readonly List<string> nameKeys = new(2);
    private List<string>? surnames;
    private List<RolePhrase>? titles;
    private string? sameNameReason;
    private string? surnameReason;

    /// <summary>Name keys the actor was mentioned by.</summary>
    public IReadOnlyList<string> NameKeys => nameKeys;

    /// <summary>Surnames the actor answers to (people only).</summary>
    public IReadOnlyList<string> Surnames => (IReadOnlyList<string>?)surnames ?? [];

    /// <summary>Titles the document gave the actor ("the envoy" later points back to someone introduced as envoy).</summary>
    public IReadOnlyList<RolePhrase> Titles => (IReadOnlyList<RolePhrase>?)titles ?? [];

    /// <summary>True for an actor the record does not know (set once per actor: it is asked for every link).</summary>
    public bool IsNil { get; private set; }

    /// <summary>True once the record's own surname for this actor has been added (it is looked up once per document).</summary>
    public bool HasRecordSurname { get; set; }

    /// <summary>The reason of a later mention by the same name (worded once per actor: most links are such repeats).</summary>
    public string SameNameReason => sameNameReason ??= $"same name as at {IntroducedAt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The reason of a later mention by surname alone (worded once per actor).</summary>
    public string SurnameReason => surnameReason ??= $"surname of {Id} introduced at {IntroducedAt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Makes this a fresh actor: no names, surnames or titles.</summary>
    public DocumentActor Reset(string id, bool isPerson, int introducedAt)
    {
        Id = id;
        IsNil = id.StartsWith(EntityLink.NilPrefix, StringComparison.Ordinal);
        IsPerson = isPerson;
        IntroducedAt = introducedAt;
        LastSeen = introducedAt;
        HasRecordSurname = false;
        sameNameReason = null;
        surnameReason = null;
        nameKeys.Clear();
        surnames?.Clear();
        titles?.Clear();
        return this;
    }

    /// <summary>
    /// Adds a full-name key and its last word as a surname (people only); false when the key was known.
    /// <paramref name="lastWord"/> is the pooled last word when the caller has it (else it is looked up in the pool).
    /// </summary>
    public bool AddName(string key, string? lastWord = null)
    {
        if (key.Length == 0 || nameKeys.Contains(key))
        {
            return false;
        }

        nameKeys.Add(key);
        index.IndexName(this, key);

        // Only people have surnames: other actors skip the pool probe that would find one.
        var space = key.LastIndexOf(' ');
        if (IsPerson && space > 0)
        {
            AddSurname(lastWord ?? index.Keys.Get(key.AsSpan(space + 1)));
        }

        return true;
    }

    /// <summary>Adds a surname (people only; other actors have none).</summary>
    public void AddSurname(string surname)
    {
        if (IsPerson && surname.Length > 0 && !(surnames?.Contains(surname) ?? false))
        {
            (surnames ??= new List<string>(2)).Add(surname);
            index.IndexSurname(this, surname);
        }
    }

    /// <summary>Adds a title the document gave the actor.</summary>
    public void AddTitle(RolePhrase title) => (titles ??= new List<RolePhrase>(1)).Add(title);
}
