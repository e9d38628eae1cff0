namespace Backchannel.Linking.Evaluation;

/// <summary>
/// Scores links against gold mentions. A gold mention is matched by the link over the same span, else the link that
/// overlaps it most (the shorter on a tie); no overlapping link is a miss. NIL gold is right when the link is a NIL id;
/// NIL gold with a tag must also map each tag to one NIL id and different tags to different ids within a document.
/// </summary>
public sealed class LinkScorer
{
    private readonly Dictionary<string, (int Gold, int Correct)> byKind = new(StringComparer.Ordinal);
    private readonly List<LinkMiss> misses = [];

    /// <summary>Gold mentions seen.</summary>
    public int Gold { get; private set; }

    /// <summary>Gold mentions linked to the right actor.</summary>
    public int Correct { get; private set; }

    /// <summary>Documents scored.</summary>
    public int Documents { get; private set; }

    /// <summary>Share of gold mentions linked right (0–1).</summary>
    public double Accuracy => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Gold and correct counts per gold kind.</summary>
    public IReadOnlyDictionary<string, (int Gold, int Correct)> ByKind => byKind;

    /// <summary>Every gold mention not linked right.</summary>
    public IReadOnlyList<LinkMiss> Misses => misses;

    /// <summary>Scores one document's links.</summary>
    public void Add(LinkGoldDocument gold, IReadOnlyList<EntityLink> links)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(links);
        Documents++;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in gold.Mentions)
        {
            var link = Best(mention, links);
            var right = link is { } l && (mention.IsNil ? l.IsNil && SameCluster(mention.EntityId, l.EntityId, tags) : l.EntityId == mention.EntityId);
            Gold++;
            var (g, c) = byKind.GetValueOrDefault(mention.Kind);
            byKind[mention.Kind] = (g + 1, c + (right ? 1 : 0));
            if (right)
            {
                Correct++;
            }
            else
            {
                misses.Add(new LinkMiss(gold.Id, mention, link));
            }
        }
    }

    private static bool SameCluster(string goldId, string systemId, Dictionary<string, string> tags)
    {
        if (goldId == "NIL")
        {
            return true;
        }

        if (tags.TryGetValue(goldId, out var mapped))
        {
            return mapped == systemId;
        }

        if (tags.ContainsValue(systemId))
        {
            return false;
        }

        tags[goldId] = systemId;
        return true;
    }

    private static EntityLink? Best(LinkGoldMention mention, IReadOnlyList<EntityLink> links)
    {
        EntityLink? best = null;
        var bestOverlap = 0;
        foreach (var link in links)
        {
            if (link.Start == mention.Start && link.End == mention.End)
            {
                return link;
            }

            var overlap = Math.Min(link.End, mention.End) - Math.Max(link.Start, mention.Start);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && best is { } b && link.End - link.Start < b.End - b.Start))
            {
                best = link;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
