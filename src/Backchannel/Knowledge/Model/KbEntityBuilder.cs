using System.Collections.Immutable;

namespace Backchannel.Knowledge.Model;

/// <summary>
/// Collects properties for a <see cref="KbEntity"/>. Blank values are dropped and duplicates kept once, so importers
/// can add whatever a row holds without checking each cell.
/// </summary>
public sealed class KbEntityBuilder
{
    private readonly SortedDictionary<string, List<string>> properties = new(StringComparer.Ordinal);

    /// <summary>Starts an entity of <paramref name="schema"/> with <paramref name="id"/>.</summary>
    public KbEntityBuilder(string schema, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Schema = schema;
        Id = id;
    }

    internal KbEntityBuilder(KbEntity entity)
        : this(entity.Schema, entity.Id)
    {
        foreach (var (key, values) in entity.Properties)
        {
            properties[key] = [.. values];
        }
    }

    /// <summary>The entity's id (may be changed before <see cref="Build"/>, e.g. by the merger).</summary>
    public string Id { get; set; }

    /// <summary>The entity's schema.</summary>
    public string Schema { get; }

    /// <summary>Adds a value; null or whitespace is ignored, and a value already present is not added twice.</summary>
    public KbEntityBuilder Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        value = value.Trim();
        if (!properties.TryGetValue(property, out var list))
        {
            properties[property] = list = [];
        }

        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }

        return this;
    }

    /// <summary>Adds several values.</summary>
    public KbEntityBuilder AddAll(string property, IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            Add(property, value);
        }

        return this;
    }

    /// <summary>Adds a date in ISO form at its own precision.</summary>
    public KbEntityBuilder Add(string property, KbDate? date) =>
        date is { } d ? Add(property, d.ToString()) : this;

    /// <summary>Replaces every value of <paramref name="property"/>.</summary>
    public KbEntityBuilder Set(string property, string? value)
    {
        properties.Remove(property);
        return Add(property, value);
    }

    /// <summary>
    /// Attaches a citation. The four citation properties are parallel lists (one slot per citation, "" for a missing
    /// part) so <see cref="Citation.Of"/> can zip them back; a citation already attached is not added again.
    /// </summary>
    public KbEntityBuilder Cite(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var slots = Values(Props.Publisher).Count;
        for (var i = 0; i < slots; i++)
        {
            if (Slot(Props.Publisher, i) == (citation.Publisher ?? "") && Slot(Props.SourceUrl, i) == (citation.Url ?? "")
                && Slot(Props.RecordId, i) == (citation.Record ?? "") && Slot(Props.RetrievedAt, i) == (citation.Retrieved ?? ""))
            {
                return this;
            }
        }

        Append(Props.Publisher, citation.Publisher, slots);
        Append(Props.SourceUrl, citation.Url, slots);
        Append(Props.RecordId, citation.Record, slots);
        Append(Props.RetrievedAt, citation.Retrieved, slots);
        return this;
    }

    /// <summary>True when <paramref name="property"/> has at least one value.</summary>
    public bool Has(string property) => properties.ContainsKey(property);

    /// <summary>The current values of <paramref name="property"/>.</summary>
    public IReadOnlyList<string> Values(string property) =>
        properties.TryGetValue(property, out var list) ? list : [];

    private string Slot(string property, int i) =>
        properties.TryGetValue(property, out var list) && i < list.Count ? list[i] : "";

    /// <summary>
    /// Appends one citation part as-is ("" allowed), keeping the parallel citation lists aligned. For readers of files
    /// that already hold aligned lists; everyone else uses <see cref="Cite"/>.
    /// </summary>
    internal void AppendSlot(string property, string? value) =>
        Append(property, value, Values(property).Count);

    private void Append(string property, string? value, int slot)
    {
        if (!properties.TryGetValue(property, out var list))
        {
            properties[property] = list = [];
        }

        while (list.Count < slot)
        {
            list.Add("");
        }

        list.Add(value?.Trim() ?? "");
    }

    /// <summary>The immutable entity.</summary>
    public KbEntity Build() => new(
        Id,
        Schema,
        new PropertyMap([.. properties.Keys], [.. properties.Values.Select(v => v.ToImmutableArray())]));
}
