using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Backchannel.Learning;

namespace Backchannel.Pipeline;

/// <summary>
/// What annotated a document: every component's name and version, in order, and the SHA-256 of every shipped model
/// file they read. The store records it with each document, so a store made by an older pipeline is known to be behind
/// (a stage added or changed, a model retrained) and <c>backchannel reanalyze</c> can bring it up to date.
/// </summary>
/// <param name="Fingerprint">The first 16 hex digits of the SHA-256 of <paramref name="Description"/>: what is compared.</param>
/// <param name="Description">The JSON the fingerprint is taken of: <c>{"components":[{"name","version"}…],"models":[{"file","sha256"}…]}</c>.</param>
public sealed record PipelineVersion(string Fingerprint, string Description)
{
    /// <summary>The version of <paramref name="pipeline"/>, its model files read from <paramref name="modelsFolder"/> (the shipped folder by default).</summary>
    public static PipelineVersion Of(Pipeline pipeline, string? modelsFolder = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var folder = modelsFolder ?? ModelLocator.Folder;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("components");
            foreach (var component in pipeline.Components)
            {
                writer.WriteStartObject();
                writer.WriteString("name", component.Name);
                writer.WriteString("version", component.Version);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("models");
            foreach (var file in pipeline.Components.SelectMany(c => c.ModelFiles).Distinct(StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteString("sha256", HashOf(Path.Combine(folder, file)));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var description = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan))[..16];
        return new PipelineVersion(fingerprint, description);
    }

    // A missing file is recorded as missing, not an error: the component that needs it reports BC2004 when it loads.
    private static string HashOf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "missing";
        }
    }
}
