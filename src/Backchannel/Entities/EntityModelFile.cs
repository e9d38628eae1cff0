using System.Text;
using Backchannel.Errors;
using Backchannel.Learning;

namespace Backchannel.Entities;

/// <summary>
/// The <c>ner-en.bin</c> format: a small header (feature groups, checksums of the cluster file and gazetteers the
/// model was trained with) followed by one or two <see cref="SequenceModelFile"/> blobs (first and second stage).
/// </summary>
public static class EntityModelFile
{
    private const string Magic = "BCNER1";

    /// <summary>What a saved recognizer holds besides its lexicons.</summary>
    /// <param name="Groups">Feature groups the models were trained with.</param>
    /// <param name="ClustersChecksum">Checksum of the cluster file used, or empty.</param>
    /// <param name="GazetteerChecksum">Checksum of the gazetteer lists used, or empty.</param>
    /// <param name="Stages">First-stage model, then the second-stage model when there is one.</param>
    public sealed record Contents(EntityFeatureGroups Groups, string ClustersChecksum, string GazetteerChecksum, IReadOnlyList<SequenceModel> Stages);

    /// <summary>Writes a model (via a temp file).</summary>
    public static void Save(Contents contents, string path)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var temp = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(temp))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write((int)contents.Groups);
            writer.Write(contents.ClustersChecksum);
            writer.Write(contents.GazetteerChecksum);
            writer.Write(contents.Stages.Count);
            foreach (var stage in contents.Stages)
            {
                using var blob = new MemoryStream();
                SequenceModelFile.Save(stage, blob);
                writer.Write((int)blob.Length);
                writer.Write(blob.GetBuffer(), 0, (int)blob.Length);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model; an unreadable file fails with <see cref="ErrorCode.BadModel"/>.</summary>
    public static Contents Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("wrong magic");
            }

            var groups = (EntityFeatureGroups)reader.ReadInt32();
            var clusters = reader.ReadString();
            var gazetteer = reader.ReadString();
            var count = reader.ReadInt32();
            if (count is < 1 or > 2)
            {
                throw new InvalidDataException("bad stage count");
            }

            var stages = new List<SequenceModel>();
            for (var i = 0; i < count; i++)
            {
                var bytes = reader.ReadBytes(reader.ReadInt32());
                stages.Add(SequenceModelFile.Load(new MemoryStream(bytes), path));
            }

            return new Contents(groups, clusters, gazetteer, stages);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"Not a readable entity model ({ex.Message}).", path, "Retrain it with 'backchannel train ner'."), ex);
        }
    }
}
