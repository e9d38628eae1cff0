namespace Backchannel.Knowledge.Roles;

/// <summary>Words around a title that change what it claims.</summary>
[Flags]
public enum RoleModifiers
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>"former", "ex-", "then-", "outgoing": the speaker says the term is over (or was over at the time).</summary>
    Former = 1,
    /// <summary>"acting", "interim".</summary>
    Acting = 2,
    /// <summary>"deputy", "vice": a different, lower post.</summary>
    Deputy = 4,
    /// <summary>"incoming", "designate", "future": not yet in office.</summary>
    Incoming = 8,

    /// <summary>"then-president": true of the time the sentence speaks of, not of the document's date.</summary>
    Then = 16,
}

/// <summary>
/// A description read into parts: "the former Ukrainian foreign minister" → role foreign_minister, country ua,
/// modifier Former; "Trump's son-in-law" → person anchor and relationship.
/// </summary>
/// <param name="Text">The phrase as given.</param>
/// <param name="RoleWords">The title words found ("foreign minister"), or "".</param>
/// <param name="Roles">Role kinds the title may mean, in order of preference.</param>
/// <param name="CountryCode">Country anchor (ISO alpha-2), when named.</param>
/// <param name="AnchorId">KB id of an organisation or person anchor ("the Kremlin", "Trump's"), when found.</param>
/// <param name="AnchorText">The anchor words as written ("Ukraine's", "Russian"), or "".</param>
/// <param name="Relationship">The relationship word for person anchors ("son-in-law"), or null.</param>
/// <param name="Modifiers">former / acting / deputy / incoming.</param>
public sealed record RolePhrase(
    string Text,
    string RoleWords,
    IReadOnlyList<string> Roles,
    string? CountryCode,
    string? AnchorId,
    string AnchorText,
    string? Relationship,
    RoleModifiers Modifiers)
{
    /// <summary>True when a title or a relationship was recognised.</summary>
    public bool IsRole => Roles.Count > 0 || Relationship is not null;
}
