using System.Globalization;
using Backchannel.Errors;

namespace Backchannel.Numbers.Evaluation;

/// <summary>
/// Reads the hand-labelled quantity file: tab-separated <c>phrase, target, kind, value, upper, unit, qualifier</c>,
/// with <c>-</c> for an empty field, <c>#</c> comment lines, and kind <c>none</c> for phrases that hold no quantity.
/// </summary>
public static class QuantityGoldFile
{
    /// <summary>Reads every row of a file.</summary>
    public static IReadOnlyList<QuantityGoldRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "Gold quantity file not found.", path, "Check the path."));
        }

        var rows = new List<QuantityGoldRow>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 7)
            {
                throw Bad(path, number, $"has {fields.Length} fields where 7 are needed");
            }

            var target = Field(fields[1]) ?? fields[0];
            if (!fields[0].Contains(target, StringComparison.Ordinal))
            {
                throw Bad(path, number, "has a target that is not part of the phrase");
            }

            QuantityKind? kind = fields[2] == "none" ? null : Enum.TryParse<QuantityKind>(fields[2], ignoreCase: true, out var k) ? k : throw Bad(path, number, $"has an unknown kind '{fields[2]}'");
            var value = kind is null ? 0 : Number(fields[3]) ?? throw Bad(path, number, "has no value");
            rows.Add(new QuantityGoldRow(fields[0], target, kind, value, Number(fields[4]), Field(fields[5]), Field(fields[6]), number));
        }

        return rows;
    }

    private static string? Field(string field) => field is "-" or "" ? null : field;

    private static double? Number(string field)
    {
        if (Field(field) is null)
        {
            return null;
        }

        // A fraction such as 1/3 keeps the file readable for thirds.
        var slash = field.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            ? double.Parse(field.AsSpan(0, slash), CultureInfo.InvariantCulture) / double.Parse(field.AsSpan(slash + 1), CultureInfo.InvariantCulture)
            : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static BackchannelException Bad(string path, int line, string problem)
        => new(new BackchannelError(ErrorCode.Malformed, $"Line {line.ToString(CultureInfo.InvariantCulture)} {problem}.", path, "Use 7 tab-separated fields: phrase, target, kind, value, upper, unit, qualifier."));
}
