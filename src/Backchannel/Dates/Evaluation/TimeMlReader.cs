using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Backchannel.Errors;

namespace Backchannel.Dates.Evaluation;

/// <summary>
/// Reads TimeML (.tml) files as TempEval-3 ships them: the DCT is the TIMEX3 with functionInDocument="CREATION_TIME",
/// the text is the content of <c>TEXT</c> with every inline tag removed, gold timexes are the TIMEX3 elements inside it.
/// With <c>omitCreationTime</c> the words of a creation-time TIMEX3 found inside <c>TEXT</c> are left out of the text,
/// so an evaluation that hides the DCT cannot read it there (TBAQ keeps the DCT outside <c>TEXT</c>; other TimeML
/// files need not).
/// </summary>
public static class TimeMlReader
{
    /// <summary>Reads one file; throws <see cref="BackchannelException"/> (BC1008) when it is not well-formed XML.</summary>
    public static TimeMlDocument Read(string path, bool omitCreationTime = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, omitCreationTime);
        }
        catch (XmlException ex)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.Malformed, $"Not well-formed TimeML: {ex.Message}", path, "Check the file is a TempEval-3 .tml file."));
        }
        catch (IOException ex)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.Unreadable, ex.Message, path));
        }
    }

    /// <summary>Reads TimeML from a stream.</summary>
    public static TimeMlDocument Read(Stream stream, string path, bool omitCreationTime = false)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        var text = new StringBuilder();
        var gold = ImmutableArray.CreateBuilder<Timex>();
        var open = new Stack<(int Start, TimexType Type, string Value, string? Mod, bool Creation)>();
        DateOnly? creation = null;
        var inText = false;
        var hiding = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3":
                    var creationTime = reader.GetAttribute("functionInDocument") == "CREATION_TIME";
                    var value = reader.GetAttribute("value") ?? "";
                    if (creationTime && creation is null)
                    {
                        creation = ParseDay(value);
                    }

                    if (inText && !reader.IsEmptyElement)
                    {
                        hiding += creationTime && omitCreationTime ? 1 : 0;
                        var mod = reader.GetAttribute("mod");
                        open.Push((text.Length, ParseType(reader.GetAttribute("type")), value, string.IsNullOrEmpty(mod) ? null : mod, creationTime));
                    }

                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open.Count > 0:
                    var started = open.Pop();
                    hiding -= started.Creation && omitCreationTime ? 1 : 0;
                    if (!started.Creation && text.Length > started.Start)
                    {
                        gold.Add(new Timex(started.Start, text.Length, started.Type, started.Value, started.Mod, Anchored: true));
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText && hiding == 0:
                    text.Append(reader.Value);
                    break;
            }
        }

        gold.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TimeMlDocument(path, text.ToString(), creation, gold.ToImmutable());
    }

    private static DateOnly? ParseDay(string value)
    {
        var span = value.AsSpan();
        if (span.Length >= 10 && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return span.Length >= 8 && DateOnly.TryParseExact(span[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) ? day : null;
    }

    private static TimexType ParseType(string? type) => type switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };
}
