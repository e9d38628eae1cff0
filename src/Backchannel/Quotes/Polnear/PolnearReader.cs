using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Quotes.Polnear;

/// <summary>
/// Reads a PolNeAR split folder (<c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, brat standoff).
/// An article annotated by several annotators (the agreement sets) is read once, from the annotation file that sorts
/// first, so every article counts once and the choice is reproducible. Only events with a content and a cue are kept
/// (PolNeAR's "Attribution" and "Attribution-no-source"); "Discard" and "Discuss" marks are annotator bookkeeping.
/// </summary>
public static class PolnearReader
{
    /// <summary>
    /// Reads every article of a split folder, e.g. <c>../shared/data/polnear/data/train</c>. With
    /// <paramref name="everyAnnotator"/> an article annotated several times is read once per annotation (more
    /// training data); scoring reads each article once.
    /// </summary>
    public static IReadOnlyList<PolnearDocument> ReadFolder(string folder, bool everyAnnotator = false)
    {
        var textFolder = Path.Combine(folder, "text");
        var annFolder = Path.Combine(folder, "attributions");
        if (!Directory.Exists(textFolder) || !Directory.Exists(annFolder))
        {
            throw new BackchannelException(new BackchannelError(
                ErrorCode.PathNotFound,
                $"'{folder}' is not a PolNeAR split folder (it needs text/ and attributions/).",
                folder,
                "Pass a split folder such as ../shared/data/polnear/data/dev."));
        }

        var chosen = new List<(string Name, string Ann)>();
        foreach (var ann in Directory.EnumerateFiles(annFolder, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var cut = stem.LastIndexOf('_');
            var name = cut > 0 ? stem[..cut] : stem;
            if (everyAnnotator || chosen.Count == 0 || chosen[^1].Name != name)
            {
                chosen.Add((name, ann));
            }
        }

        var documents = new List<PolnearDocument>(chosen.Count);
        foreach (var (name, ann) in chosen)
        {
            var textPath = Path.Combine(textFolder, name + ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            documents.Add(new PolnearDocument(name, text, Path.GetFileName(ann), Parse(File.ReadAllLines(ann), text.Length)));
        }

        return documents;
    }

    /// <summary>Parses the lines of one brat .ann file; spans outside a text of <paramref name="textLength"/> are dropped.</summary>
    public static ImmutableArray<PolnearAttribution> Parse(IEnumerable<string> lines, int textLength)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spans = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (line.StartsWith('T') && fields.Length >= 3)
            {
                var head = fields[1];
                var space = head.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && TryRanges(head[(space + 1)..], textLength, out var ranges))
                {
                    spans[fields[0]] = ranges;
                }
            }
            else if (line.StartsWith('E'))
            {
                events.Add(fields[1]);
            }
        }

        var result = new List<PolnearAttribution>(events.Count);
        foreach (var e in events)
        {
            ImmutableArray<TextSpan> content = [], cue = [], source = [];
            var kind = string.Empty;
            foreach (var part in e.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    continue;
                }

                var role = part[..colon];
                var found = spans.TryGetValue(part[(colon + 1)..], out var ranges) ? ranges : [];
                switch (role)
                {
                    case "Content": content = content.AddRange(found); break;
                    case "Cue": cue = cue.AddRange(found); break;
                    case "Source": source = source.AddRange(found); break;
                    case "Attribution" or "Attribution-no-source": kind = role; break;
                }
            }

            if (kind.Length > 0 && !content.IsEmpty && !cue.IsEmpty)
            {
                result.Add(new PolnearAttribution(Sorted(content), Sorted(cue), Sorted(source)));
            }
        }

        result.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        return [.. result];
    }

    private static ImmutableArray<TextSpan> Sorted(ImmutableArray<TextSpan> spans) => [.. spans.OrderBy(s => s.Start)];

    // "s e" or "s1 e1;s2 e2" (brat's discontinuous spans).
    private static bool TryRanges(string value, int textLength, out ImmutableArray<TextSpan> ranges)
    {
        var builder = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var piece in value.Split(';'))
        {
            var numbers = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start >= end || end > textLength)
            {
                ranges = [];
                return false;
            }

            builder.Add(new TextSpan(start, end));
        }

        ranges = builder.ToImmutable();
        return ranges.Length > 0;
    }
}
