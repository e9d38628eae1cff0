using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Backchannel.Reporting.Sections;

/// <summary>Renders the normalised fields of a stored annotation (value, mod, unit, qualifier) as one short string.</summary>
internal static class NormalisedValue
{
    private static readonly string[] Fields = ["qualifier", "value", "upperValue", "unit", "mod"];

    public static string? Describe(string dataJson)
    {
        using var data = JsonDocument.Parse(dataJson);
        var builder = new StringBuilder();
        foreach (var name in Fields)
        {
            if (!data.RootElement.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(name == "upperValue" ? "–" : " ");
            }

            builder.Append(field.ValueKind == JsonValueKind.Number
                ? field.GetDouble().ToString("G", CultureInfo.InvariantCulture)
                : field.ToString());
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
