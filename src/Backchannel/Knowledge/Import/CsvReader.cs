using System.Text;

namespace Backchannel.Knowledge.Import;

/// <summary>
/// RFC 4180 CSV: comma-separated, double quotes around cells that hold commas, quotes ("" inside) or line breaks.
/// Datasets are read record by record with the line each starts on, so problems can name the line.
/// </summary>
internal static class CsvReader
{
    /// <summary>Reads every record; blank lines are skipped. An unclosed quote ends the record at end of file.</summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var start = line;
            if (text.Length == 0)
            {
                continue;
            }

            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (quoted && reader.ReadLine() is { } more)
                    {
                        line++;
                        cell.Append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }

                    break;
                }

                var c = text[i++];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            cell.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            cell.Clear();
            yield return new CsvRecord(start, [.. cells]);
            cells.Clear();
        }
    }
}
