using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Backchannel.Diagnostics;

namespace Backchannel.Entities;

/// <summary>
/// The gazetteers shipped inside the engine (embedded from <c>data/gazetteers/</c>; see its README for sources and
/// licences): one name per line, <c>#</c> comments; <c>nationalities.tsv</c> lists country, adjective, plural.
/// </summary>
public static class GazetteerLists
{
    private static readonly Lazy<(Gazetteer Gazetteer, string Checksum)> Loaded = new(() => LoadLog.Measure("gazetteers", Build));

    /// <summary>The file behind each list.</summary>
    public static IReadOnlyList<(GazetteerType Type, string File)> Files { get; } =
    [
        (GazetteerType.Country, "countries.txt"),
        (GazetteerType.Subdivision, "subdivisions.txt"),
        (GazetteerType.City, "cities.txt"),
        (GazetteerType.Nationality, "nationalities.tsv"),
        (GazetteerType.Organisation, "organisations.txt"),
        (GazetteerType.FirstName, "first-names.txt"),
        (GazetteerType.RecordPerson, "record-persons.txt"),
        (GazetteerType.RecordOrganisation, "record-organisations.txt"),
    ];

    /// <summary>Hex SHA-256 over every list, in order; a model records it to detect changed lists.</summary>
    public static string Checksum => Loaded.Value.Checksum;

    /// <summary>The shipped gazetteer, built once.</summary>
    public static Gazetteer Load() => Loaded.Value.Gazetteer;

    /// <summary>The names of one list file's text (for <c>.tsv</c>: every column after the first).</summary>
    public static IEnumerable<string> Names(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var tsv = fileName.EndsWith(".tsv", StringComparison.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!tsv)
            {
                yield return line;
                continue;
            }

            foreach (var column in line.Split('\t').Skip(1))
            {
                if (column.Trim().Length > 0)
                {
                    yield return column.Trim();
                }
            }
        }
    }

    private static (Gazetteer, string) Build()
    {
        var assembly = typeof(GazetteerLists).Assembly;
        var names = new List<(GazetteerType, string)>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (type, file) in Files)
        {
            var content = Read(assembly, file);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n" + content));
            names.AddRange(Names(file, content).Select(n => (type, n)));
        }

        return (new Gazetteer(names), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Read(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream("gazetteers/" + file);
        if (stream is null)
        {
            return "";
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The names of one list (for readers other than the recogniser, such as the linker's place check).</summary>
    public static IEnumerable<string> NamesOf(GazetteerType type)
    {
        var assembly = typeof(GazetteerLists).Assembly;
        foreach (var (listType, file) in Files)
        {
            if (listType == type)
            {
                foreach (var name in Names(file, Read(assembly, file)))
                {
                    yield return name;
                }
            }
        }
    }
}
