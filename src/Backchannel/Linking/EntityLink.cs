using Backchannel.Documents;

namespace Backchannel.Linking;

/// <summary>
/// One span of the text tied to an actor: a knowledge-base entity, or <c>nil:&lt;n&gt;</c> for someone the record does not
/// know, clustered within the document. Roles, sanctions and citations are not copied here: they are read from the
/// knowledge base when exported, so the layer stays small.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="EntityId">Knowledge-base id, or <c>nil:&lt;n&gt;</c>.</param>
/// <param name="Kind">Name, title, description or coreference.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Reason">Short words saying why ("exact name", "surname of bc:x introduced at 120").</param>
/// <param name="Title">How a title next to the name compares with the record.</param>
/// <param name="TitlePositionId">The post the title check was made against, when there was one.</param>
/// <param name="TitleDetail">The record's words behind the check ("term ended 2024-09-05"), or null.</param>
/// <param name="TitleStart">Where the title checked starts ("Foreign Minister" before the name), or -1.</param>
/// <param name="TitleEnd">Where that title ends, or -1.</param>
public readonly record struct EntityLink(
    int Start,
    int End,
    string EntityId,
    LinkKind Kind,
    float Confidence,
    string Reason,
    TitleAgreement Title = TitleAgreement.None,
    string? TitlePositionId = null,
    string? TitleDetail = null,
    int TitleStart = -1,
    int TitleEnd = -1) : ISpan
{
    /// <summary>Prefix of ids given to actors the knowledge base does not know.</summary>
    public const string NilPrefix = "nil:";

    /// <summary>True for an actor the knowledge base does not know.</summary>
    public bool IsNil => EntityId.StartsWith(NilPrefix, StringComparison.Ordinal);
}
