using System.Text.Json;
using Backchannel.Corpus;

namespace Backchannel.Linking;

/// <summary>
/// Stores links as <c>links</c> annotations: the label is the link kind; the data holds the entity id, confidence,
/// reason and any title check. Roles and citations are not stored: they are read from the knowledge base when reported.
/// In <c>report.json</c> a link's fields are written on the mention it covers (<c>entity</c>, <c>linkConfidence</c>,
/// <c>linkReason</c>, <c>linkKind</c>, <c>titleCheck</c>…), or on an <c>ACTOR</c> entry of its own.
/// </summary>
public sealed class LinkCodec() : LayerCodec<EntityLink>(AnnotationLayers.Links, LinkingLayers.Links)
{
    /// <summary>The field names of a stored link.</summary>
    public static class Stored
    {
        /// <summary>Knowledge-base id, or <c>nil:n</c>.</summary>
        public static readonly JsonEncodedText Entity = JsonEncodedText.Encode("entity");

        /// <summary>0–1, three decimals.</summary>
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

        /// <summary>Why the linker chose the entity, in its own words.</summary>
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

        /// <summary>agrees, disagrees or unclear, when a title next to the name was checked.</summary>
        public static readonly JsonEncodedText TitleCheck = JsonEncodedText.Encode("titleCheck");

        /// <summary>The post the title names.</summary>
        public static readonly JsonEncodedText TitlePosition = JsonEncodedText.Encode("titlePosition");

        /// <summary>What the record says (who held the post, when a term ended).</summary>
        public static readonly JsonEncodedText TitleDetail = JsonEncodedText.Encode("titleDetail");

        /// <summary>Offsets of the title the check read.</summary>
        public static readonly JsonEncodedText TitleStart = JsonEncodedText.Encode("titleStart");

        /// <summary>End offset of the title the check read.</summary>
        public static readonly JsonEncodedText TitleEnd = JsonEncodedText.Encode("titleEnd");
    }

    /// <summary>The field names a link gives its mention in <c>report.json</c> (docs/FORMATS.md, entities).</summary>
    public static class Reported
    {
        /// <summary>Knowledge-base id, <c>nil:n</c>, or null when the mention is not linked.</summary>
        public static readonly JsonEncodedText Entity = Stored.Entity;

        /// <summary>The link's confidence, or null.</summary>
        public static readonly JsonEncodedText LinkConfidence = JsonEncodedText.Encode("linkConfidence");

        /// <summary>Why the linker chose it, or null.</summary>
        public static readonly JsonEncodedText LinkReason = JsonEncodedText.Encode("linkReason");

        /// <summary>name, title, description or coreference.</summary>
        public static readonly JsonEncodedText LinkKind = JsonEncodedText.Encode("linkKind");

        /// <summary>agrees, disagrees or unclear.</summary>
        public static readonly JsonEncodedText TitleCheck = Stored.TitleCheck;

        /// <summary>The post the title names.</summary>
        public static readonly JsonEncodedText TitlePosition = Stored.TitlePosition;

        /// <summary>What the record says.</summary>
        public static readonly JsonEncodedText TitleDetail = Stored.TitleDetail;
    }

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

    /// <summary>The fields of a mention no link covers: <c>entity</c>, <c>linkConfidence</c> and <c>linkReason</c>, null.</summary>
    public static void WriteUnlinked(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNull(Reported.Entity);
        writer.WriteNull(Reported.LinkConfidence);
        writer.WriteNull(Reported.LinkReason);
    }

    /// <inheritdoc />
    protected override (string? Label, string? DataJson) Encode(EntityLink item)
    {
        var confidence = Math.Round(item.Confidence, 3);
        return (KindName(item.Kind), AnnotationData.Object(w =>
        {
            w.WriteString(Stored.Entity, item.EntityId);
            w.WriteNumber(Stored.Confidence, confidence);
            w.WriteString(Stored.Reason, item.Reason);
            if (AgreementName(item.Title) is { } check)
            {
                w.WriteString(Stored.TitleCheck, check);
                w.WriteString(Stored.TitlePosition, item.TitlePositionId);
                w.WriteString(Stored.TitleDetail, item.TitleDetail);
                if (item.TitleStart >= 0)
                {
                    w.WriteNumber(Stored.TitleStart, item.TitleStart);
                    w.WriteNumber(Stored.TitleEnd, item.TitleEnd);
                }
            }
        }));
    }

    /// <inheritdoc />
    protected override EntityLink Decode(Annotation row, JsonElement data) => new(
        row.Start,
        row.End,
        String(data, Stored.Entity) ?? "",
        row.Label switch { "title" => LinkKind.Title, "description" => LinkKind.Description, "coreference" => LinkKind.Coreference, _ => LinkKind.Name },
        (float)(Number(data, Stored.Confidence) ?? double.NaN),
        String(data, Stored.Reason) ?? "",
        String(data, Stored.TitleCheck) switch { "agrees" => TitleAgreement.Agrees, "disagrees" => TitleAgreement.Disagrees, "unclear" => TitleAgreement.Unclear, _ => TitleAgreement.None },
        String(data, Stored.TitlePosition),
        String(data, Stored.TitleDetail),
        (int)(Number(data, Stored.TitleStart) ?? -1),
        (int)(Number(data, Stored.TitleEnd) ?? -1));

    /// <inheritdoc />
    protected override void WriteJson(Utf8JsonWriter writer, EntityLink item)
    {
        writer.WriteString(Reported.Entity, item.EntityId.Length == 0 ? null : item.EntityId);
        if (float.IsNaN(item.Confidence))
        {
            writer.WriteNull(Reported.LinkConfidence);
        }
        else
        {
            writer.WriteNumber(Reported.LinkConfidence, item.Confidence);
        }

        writer.WriteString(Reported.LinkReason, item.Reason.Length == 0 ? null : item.Reason);
        writer.WriteString(Reported.LinkKind, KindName(item.Kind));
        if (AgreementName(item.Title) is { } check)
        {
            writer.WriteString(Reported.TitleCheck, check);
            writer.WriteString(Reported.TitlePosition, item.TitlePositionId);
            writer.WriteString(Reported.TitleDetail, item.TitleDetail);
        }
    }
}
