using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Files;

/// <summary>
/// FollowTheMoney's interchange format: one JSON object per line, <c>{"id", "schema", "properties": {name: [values]}}</c>.
/// The knowledge base ships in it (gzip'd when the name ends in .gz), so any FtM tool can read our KB and we can read
/// theirs. Reading tolerates FtM's extra top-level fields (caption, datasets, referents, …).
/// </summary>
public static class FtmJsonLines
{
    /// <summary>Writes <paramref name="entities"/> sorted by id, atomically (temp file + rename).</summary>
    public static void Write(string path, IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var temp = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(temp))
        using (Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file)
        {
            Write(stream, entities.OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Schema, StringComparer.Ordinal));
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Writes one line per entity to <paramref name="stream"/> in the order given.</summary>
    public static void Write(Stream stream, IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var newline = "\n"u8.ToArray();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        foreach (var entity in entities)
        {
            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("schema", entity.Schema);
            json.WriteStartObject("properties");
            foreach (var (key, values) in entity.Properties)
            {
                json.WriteStartArray(key);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            stream.Write(newline);
        }
    }

    /// <summary>
    /// Reads a file; every malformed line becomes a problem naming its line. Citation parts on the source are added to
    /// entities that carry none of their own, so imported facts are never uncited.
    /// </summary>
    public static ImportResult Read(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        try
        {
            using var file = File.OpenRead(source.Path);
            using Stream stream = source.Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false));
            long number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Length == 0 || line.AsSpan().Trim().IsEmpty)
                {
                    continue;
                }

                if (TryParse(line, out var entity, out var reason))
                {
                    result.Entities.Add(entity.Citations.IsEmpty ? entity.ToBuilder().Cite(new Citation(source.Publisher, source.Url, $"line {number}", source.Retrieved)).Build() : entity);
                }
                else
                {
                    result.Problem(source.Path, number, reason);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            result.Problem(source.Path, 0, $"cannot read the file: {ex.Message}");
        }

        return result;
    }

    /// <summary>Parses one line of FtM JSON.</summary>
    public static bool TryParse(string line, out KbEntity entity, out string reason)
    {
        entity = null!;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                reason = "not a JSON object";
                return false;
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                reason = "missing \"id\"";
                return false;
            }

            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(schema.GetString()))
            {
                reason = "missing \"schema\"";
                return false;
            }

            var builder = new KbEntityBuilder(schema.GetString()!, id.GetString()!);
            if (root.TryGetProperty("properties", out var properties))
            {
                if (properties.ValueKind != JsonValueKind.Object)
                {
                    reason = "\"properties\" is not an object";
                    return false;
                }

                foreach (var property in properties.EnumerateObject())
                {
                    if (!AddValues(builder, property, out reason))
                    {
                        return false;
                    }
                }
            }

            entity = builder.Build();
            reason = "";
            return true;
        }
        catch (JsonException ex)
        {
            reason = $"malformed JSON ({ex.Message})";
            return false;
        }
    }

    private static bool AddValues(KbEntityBuilder builder, JsonProperty property, out string reason)
    {
        reason = "";
        if (property.Value.ValueKind == JsonValueKind.String)
        {
            builder.Add(property.Name, property.Value.GetString());
            return true;
        }

        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            reason = $"property \"{property.Name}\" is neither a string nor a list";
            return false;
        }

        var citationPart = property.Name is Props.Publisher or Props.SourceUrl or Props.RecordId or Props.RetrievedAt;
        foreach (var value in property.Value.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                reason = $"property \"{property.Name}\" holds a non-string value";
                return false;
            }

            if (citationPart)
            {
                builder.AppendSlot(property.Name, value.GetString());
            }
            else
            {
                builder.Add(property.Name, value.GetString());
            }
        }

        return true;
    }
}
