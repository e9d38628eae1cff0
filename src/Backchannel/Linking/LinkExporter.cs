using Backchannel.Corpus;

namespace Backchannel.Linking;

/// <summary>
/// Stores links as <c>links</c> annotations: the label is the link kind; the data holds the entity id, confidence,
/// reason and any title check. Roles and citations are not stored: they are read from the knowledge base when reported.
/// </summary>
public sealed class LinkExporter() : LayerExporter<EntityLink>(AnnotationLayers.Links, LinkingLayers.Links)
{
    /// <summary>The stored label of a link kind ("name", "title", "description", "coreference").</summary>
    public static string KindName(LinkKind kind) => kind switch
    {
        LinkKind.Title => "title",
        LinkKind.Description => "description",
        LinkKind.Coreference => "coreference",
        _ => "name",
    };

    /// <summary>The stored word for a title check ("agrees", "disagrees", "unclear").</summary>
    public static string? AgreementName(TitleAgreement agreement) => agreement switch
    {
        TitleAgreement.Agrees => "agrees",
        TitleAgreement.Disagrees => "disagrees",
        TitleAgreement.Unclear => "unclear",
        _ => null,
    };

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Describe(EntityLink item)
    {
        var confidence = Math.Round(item.Confidence, 3);
        return (KindName(item.Kind), AnnotationData.Object(w =>
        {
            w.WriteString("entity", item.EntityId);
            w.WriteNumber("confidence", confidence);
            w.WriteString("reason", item.Reason);
            if (AgreementName(item.Title) is { } check)
            {
                w.WriteString("titleCheck", check);
                w.WriteString("titlePosition", item.TitlePositionId);
                w.WriteString("titleDetail", item.TitleDetail);
                if (item.TitleStart >= 0)
                {
                    w.WriteNumber("titleStart", item.TitleStart);
                    w.WriteNumber("titleEnd", item.TitleEnd);
                }
            }
        }));
    }
}
