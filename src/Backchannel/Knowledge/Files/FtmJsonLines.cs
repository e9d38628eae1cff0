using System.Collections.Immutable;
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
    /// entities that carry none of their own, so imported facts are never uncited. The whole file is decompressed into
    /// memory and parsed line by line with a forward-only reader: the shipped KB is ~40 MB of JSON.
    /// </summary>
    public static ImportResult Read(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new ImportResult();
        byte[] data;
        try
        {
            data = ReadBytes(source.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            result.Problem(source.Path, 0, $"cannot read the file: {ex.Message}");
            return result;
        }

        var pool = new StringPool();
        var pos = data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        long number = 0;
        while (pos < data.Length)
        {
            var rest = data.AsSpan(pos);
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            pos += newline < 0 ? rest.Length : newline + 1;
            number++;
            line = line.TrimEnd((byte)'\r').Trim((byte)' ');
            if (line.IsEmpty)
            {
                continue;
            }

            if (TryParse(line, pool, out var entity, out var reason))
            {
                result.Entities.Add(entity.Citations.IsEmpty ? entity.ToBuilder().Cite(new Citation(source.Publisher, source.Url, $"line {number}", source.Retrieved)).Build() : entity);
            }
            else
            {
                result.Problem(source.Path, number, reason);
            }
        }

        return result;
    }

    /// <summary>Parses one line of FtM JSON.</summary>
    public static bool TryParse(string line, out KbEntity entity, out string reason) =>
        TryParse(Encoding.UTF8.GetBytes(line), new StringPool(), out entity, out reason);

    private static byte[] ReadBytes(string path)
    {
        using var file = File.OpenRead(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }

        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream(checked((int)Math.Min(int.MaxValue / 2, file.Length * 10)));
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static bool TryParse(ReadOnlySpan<byte> line, StringPool pool, out KbEntity entity, out string reason)
    {
        entity = null!;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reason = "not a JSON object";
                return false;
            }

            string? id = null;
            string? schema = null;
            List<KeyValuePair<string, ImmutableArray<string>>>? properties = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = pool.Get(ref reader);
                reader.Read();
                switch (name)
                {
                    case "id" when reader.TokenType == JsonTokenType.String:
                        id = reader.GetString();
                        break;
                    case "schema" when reader.TokenType == JsonTokenType.String:
                        schema = pool.Get(ref reader);
                        break;
                    case "properties":
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            reason = "\"properties\" is not an object";
                            return false;
                        }

                        properties = ReadProperties(ref reader, pool, out reason);
                        if (properties is null)
                        {
                            return false;
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                reason = "malformed JSON (the object does not end where the line does)";
                return false;
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                reason = "missing \"id\"";
                return false;
            }

            if (string.IsNullOrWhiteSpace(schema))
            {
                reason = "missing \"schema\"";
                return false;
            }

            entity = new KbEntity(id, schema, properties is null ? PropertyMap.Empty : PropertyMap.FromUnsorted(properties));
            reason = "";
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            reason = $"malformed JSON ({ex.Message})";
            return false;
        }
    }

    private static List<KeyValuePair<string, ImmutableArray<string>>>? ReadProperties(ref Utf8JsonReader reader, StringPool pool, out string reason)
    {
        var result = new List<KeyValuePair<string, ImmutableArray<string>>>(12);
        var values = ImmutableArray.CreateBuilder<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = pool.Get(ref reader);
            reader.Read();
            values.Clear();
            // Citation parts are parallel lists: every slot is kept, "" included (see KbEntityBuilder.Cite).
            var citationPart = name is Props.Publisher or Props.SourceUrl or Props.RecordId or Props.RetrievedAt;
            if (reader.TokenType == JsonTokenType.String)
            {
                Add(values, pool.Get(ref reader), citationPart);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        reason = $"property \"{name}\" holds a non-string value";
                        return null;
                    }

                    Add(values, pool.Get(ref reader), citationPart);
                }
            }
            else
            {
                reason = $"property \"{name}\" is neither a string nor a list";
                return null;
            }

            if (values.Count > 0)
            {
                result.Add(new(name, values.ToImmutable()));
            }
        }

        reason = "";
        return result;
    }

    private static void Add(ImmutableArray<string>.Builder values, string value, bool citationPart)
    {
        if (citationPart)
        {
            values.Add(value.Trim());
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        value = value.Trim();
        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }
}
