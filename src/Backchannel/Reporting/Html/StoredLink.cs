using Backchannel.Corpus;
using Backchannel.Linking;

namespace Backchannel.Reporting.Html;

/// <summary>The fields of a stored <c>links</c> annotation the HTML pages show (see docs/FORMATS.md, Links).</summary>
/// <param name="Entity">Knowledge-base id, or <c>nil:n</c>.</param>
/// <param name="Confidence">0–1, or null when not stored.</param>
/// <param name="Reason">Why the linker chose it.</param>
/// <param name="TitleCheck">agrees, disagrees or unclear, when a title was checked.</param>
internal readonly record struct StoredLink(string? Entity, double? Confidence, string? Reason, string? TitleCheck)
{
    private static readonly LinkCodec Codec = new();

    public bool IsKnown => Entity is { } id && !id.StartsWith(EntityLink.NilPrefix, StringComparison.Ordinal);

    public static StoredLink Read(Annotation annotation)
    {
        if (annotation.DataJson is null)
        {
            return default;
        }

        var link = Codec.Decode(annotation);
        return new StoredLink(
            link.EntityId.Length == 0 ? null : link.EntityId,
            float.IsNaN(link.Confidence) ? null : link.Confidence,
            link.Reason.Length == 0 ? null : link.Reason,
            LinkCodec.AgreementName(link.Title));
    }
}
