using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Backchannel.Reporting.Json;

/// <summary>Writes the JSON contract: <c>version</c>, the contract arrays in a fixed order, then any further sections.</summary>
internal static class JsonReportWriter
{
    /// <summary>Version of the JSON contract. Bump on a breaking change; adding fields is not one.</summary>
    public const int ContractVersion = 1;

    /// <summary>The arrays every output carries, empty until a stage fills them (docs/FORMATS.md).</summary>
    public static readonly ImmutableArray<string> ContractArrays =
        ["documents", "entities", "actors", "quotes", "events", "meetings", "stories", "findings"];

    public static void Write(Stream output, ImmutableArray<IReportSection> sections, ReportContext context)
    {
        // Relaxed escaping keeps non-ASCII names readable; the file is data, never inlined into HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(output, options);
        writer.WriteStartObject();
        writer.WriteNumber("version", ContractVersion);
        WriteGenerator(writer, context);
        WriteRun(writer, context.Run);

        foreach (var name in ContractArrays)
        {
            writer.WritePropertyName(name);
            var section = sections.FirstOrDefault(s => s.JsonName == name);
            if (section is null)
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }
            else
            {
                section.WriteJson(writer, context);
            }
        }

        foreach (var section in sections.Where(s => !ContractArrays.Contains(s.JsonName)))
        {
            writer.WritePropertyName(section.JsonName);
            section.WriteJson(writer, context);
        }

        writer.WriteEndObject();
    }

    private static void WriteGenerator(Utf8JsonWriter writer, ReportContext context)
    {
        writer.WriteStartObject("generator");
        writer.WriteString("name", "backchannel");
        writer.WriteString("version", context.ToolVersion);
        writer.WriteString("generatedAt", context.Corpus.TakenAt.ToString("o", CultureInfo.InvariantCulture));
        writer.WriteNumber("storeSchema", context.Corpus.SchemaVersion);
        writer.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter writer, RunSummary run)
    {
        writer.WriteStartObject("run");
        writer.WriteNumber("inputs", run.Inputs);
        writer.WriteNumber("added", run.Added);
        writer.WriteNumber("duplicates", run.Duplicates);
        writer.WriteNumber("failed", run.Failed);
        writer.WriteStartArray("problems");
        foreach (var problem in run.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("code", problem.Code);
            writer.WriteString("severity", problem.IsWarning ? "warning" : "error");
            writer.WriteString("path", problem.Path);
            writer.WriteString("message", problem.Message);
            writer.WriteString("hint", problem.Hint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
