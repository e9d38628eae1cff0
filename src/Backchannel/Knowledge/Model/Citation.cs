using System.Collections.Immutable;

namespace Backchannel.Knowledge.Model;

/// <summary>
/// Where a fact comes from: a publisher (a dataset such as "OFAC SDN 2024-05-03", or an outlet), an address, the record
/// within the dataset ("row 8806", "secr-2025-rubi") and the date it was read. At least a publisher or a URL is set.
/// </summary>
/// <param name="Publisher">Dataset or outlet name.</param>
/// <param name="Url">Address of the page or file.</param>
/// <param name="Record">Row, line or record id within the dataset.</param>
/// <param name="Retrieved">ISO date the source was read, when known.</param>
public sealed record Citation(string? Publisher, string? Url, string? Record, string? Retrieved)
{
    /// <summary>One line for people: "OFAC SDN 2024-05-03, row 8806 (retrieved 2026-06-15) https://…".</summary>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (Publisher is { Length: > 0 })
        {
            parts.Add(Publisher);
        }

        if (Record is { Length: > 0 })
        {
            parts.Add(Record);
        }

        var text = string.Join(", ", parts);
        if (Retrieved is { Length: > 0 })
        {
            text += $" (retrieved {Retrieved})";
        }

        return Url is { Length: > 0 } ? $"{text} {Url}".Trim() : text;
    }

    /// <summary>
    /// The citations on an entity. FtM keeps citation fields as multi-valued properties; <see cref="KbEntityBuilder.Cite"/>
    /// keeps them parallel (one slot per citation, "" for a missing part), so they are zipped back by position.
    /// </summary>
    public static ImmutableArray<Citation> Of(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var publishers = entity.Values(Props.Publisher);
        var urls = entity.Values(Props.SourceUrl);
        var records = entity.Values(Props.RecordId);
        var retrieved = entity.Values(Props.RetrievedAt);
        var count = Math.Max(Math.Max(publishers.Length, urls.Length), Math.Max(records.Length, retrieved.Length));
        var result = ImmutableArray.CreateBuilder<Citation>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(new Citation(At(publishers, i), At(urls, i), At(records, i), At(retrieved, i)));
        }

        return result.MoveToImmutable();
    }

    private static string? At(ImmutableArray<string> values, int i) => i < values.Length && values[i].Length > 0 ? values[i] : null;
}
