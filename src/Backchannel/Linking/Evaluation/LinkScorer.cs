namespace Backchannel.Linking.Evaluation;

/// <summary>
/// Scores links against gold mentions, two ways.
/// <para>Accuracy (per gold mention): a gold mention is matched by the link over the same span, else the link that
/// overlaps it most (the shorter on a tie); no overlapping link is a miss. NIL gold is right when the link is a NIL id;
/// NIL gold with a tag must also map each tag to one NIL id and different tags to different ids within a document.</para>
/// <para>Precision, recall and F1 over links (links to the record, not NILs): a gold mention with a record id is
/// found when its matched link names that actor. A link to the record is false when it is a gold mention's matched link
/// and names another actor (or the gold calls the mention NIL), or when it touches no gold mention at all (an extra
/// link: so the gold documents must mark every mention a linker might link). A link that only overlaps a gold mention
/// another link matched (a country inside a title phrase the gold marks whole, a phrase around a marked name) is not
/// judged: the gold says nothing about that span.</para>
/// </summary>
public sealed class LinkScorer
{
    private static readonly Func<string, IEnumerable<string>> Itself = id => [id];
    private static readonly Func<string, bool> Never = _ => false;

    private readonly Func<string, IEnumerable<string>> sameAs;
    private readonly Func<string, bool> sensitive;
    private readonly Dictionary<string, (int Gold, int Correct)> byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Gold, int Found)> byActor = new(StringComparer.Ordinal);
    private readonly List<LinkMiss> misses = [];
    private readonly List<LinkMiss> falseLinks = [];

    /// <summary>A scorer that compares ids as written.</summary>
    public LinkScorer()
        : this(null, null)
    {
    }

    /// <summary>
    /// A scorer whose gold ids may be any id the system's actor also goes by (<paramref name="sameAs"/>: the ids merged
    /// into it, its Wikidata id), and which counts links to actors for which <paramref name="sensitive"/> holds
    /// (sanctioned or office-holding) apart.
    /// </summary>
    public LinkScorer(Func<string, IEnumerable<string>>? sameAs, Func<string, bool>? sensitive)
    {
        this.sameAs = sameAs ?? Itself;
        this.sensitive = sensitive ?? Never;
    }

    /// <summary>Gold mentions seen.</summary>
    public int Gold { get; private set; }

    /// <summary>Gold mentions linked to the right actor (or, for NIL gold, left NIL).</summary>
    public int Correct { get; private set; }

    /// <summary>Documents scored.</summary>
    public int Documents { get; private set; }

    /// <summary>Share of gold mentions linked right (0–1).</summary>
    public double Accuracy => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Gold mentions that name an actor of the record.</summary>
    public int GoldLinks { get; private set; }

    /// <summary>Links to the record made by the system.</summary>
    public int SystemLinks { get; private set; }

    /// <summary>Links to the record that name the gold's actor.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Links to the record over text the gold does not mark at all (part of the false links).</summary>
    public int ExtraLinks { get; private set; }

    /// <summary>Links to sanctioned or office-holding actors, and how many of them are right.</summary>
    public (int Links, int Right) Sensitive { get; private set; }

    /// <summary>Share of links to the record that are right (1 when there are none).</summary>
    public double Precision => SystemLinks == 0 ? 1 : (double)TruePositives / SystemLinks;

    /// <summary>Share of gold record mentions linked to the right actor.</summary>
    public double Recall => GoldLinks == 0 ? 1 : (double)TruePositives / GoldLinks;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Precision over links to sanctioned or office-holding actors (1 when there are none).</summary>
    public double SensitivePrecision => Sensitive.Links == 0 ? 1 : (double)Sensitive.Right / Sensitive.Links;

    /// <summary>Gold and correct counts per gold kind.</summary>
    public IReadOnlyDictionary<string, (int Gold, int Correct)> ByKind => byKind;

    /// <summary>Per gold actor of the record: its gold mentions and how many were linked to it.</summary>
    public IReadOnlyDictionary<string, (int Gold, int Found)> ByActor => byActor;

    /// <summary>Every gold mention not linked right.</summary>
    public IReadOnlyList<LinkMiss> Misses => misses;

    /// <summary>Every false link to the record (with the gold mention it matched, if any).</summary>
    public IReadOnlyList<LinkMiss> FalseLinks => falseLinks;

    /// <summary>Scores one document's links.</summary>
    public void Add(LinkGoldDocument gold, IReadOnlyList<EntityLink> links)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(links);
        Documents++;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new bool[links.Count];
        var matched = new bool[links.Count];
        foreach (var mention in gold.Mentions)
        {
            var index = Best(mention, links);
            var link = index >= 0 ? links[index] : (EntityLink?)null;
            if (index >= 0)
            {
                matched[index] = true;
            }

            var right = link is { } l && (mention.IsNil ? l.IsNil && SameCluster(mention.EntityId, l.EntityId, tags) : Names(l, mention.EntityId));
            Gold++;
            var (g, c) = byKind.GetValueOrDefault(mention.Kind);
            byKind[mention.Kind] = (g + 1, c + (right ? 1 : 0));
            if (!mention.IsNil)
            {
                GoldLinks++;
                var (ag, af) = byActor.GetValueOrDefault(mention.EntityId);
                byActor[mention.EntityId] = (ag + 1, af + (right ? 1 : 0));
                if (right)
                {
                    TruePositives++;
                    found[index] = true;
                }
            }

            if (right)
            {
                Correct++;
            }
            else
            {
                misses.Add(new LinkMiss(gold.Id, mention, link));
            }
        }

        for (var i = 0; i < links.Count; i++)
        {
            var overlapped = Overlapped(gold, links[i]);
            if (links[i].IsNil || (!matched[i] && overlapped is not null))
            {
                continue;
            }

            SystemLinks++;
            var isSensitive = sensitive(links[i].EntityId);
            if (isSensitive)
            {
                Sensitive = (Sensitive.Links + 1, Sensitive.Right + (found[i] ? 1 : 0));
            }

            if (!found[i])
            {
                ExtraLinks += overlapped is null ? 1 : 0;
                falseLinks.Add(new LinkMiss(gold.Id, overlapped ?? new LinkGoldMention(links[i].Start, links[i].End, gold.Text[links[i].Start..links[i].End], "-", "none"), links[i]));
            }
        }
    }

    private bool Names(EntityLink link, string goldId) =>
        !link.IsNil && (link.EntityId == goldId || sameAs(link.EntityId).Contains(goldId, StringComparer.Ordinal));

    private static LinkGoldMention? Overlapped(LinkGoldDocument gold, EntityLink link)
    {
        foreach (var mention in gold.Mentions)
        {
            if (mention.Start < link.End && link.Start < mention.End)
            {
                return mention;
            }
        }

        return null;
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

    private static int Best(LinkGoldMention mention, IReadOnlyList<EntityLink> links)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Start == mention.Start && link.End == mention.End)
            {
                return i;
            }

            var overlap = Math.Min(link.End, mention.End) - Math.Max(link.Start, mention.Start);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && best >= 0 && link.End - link.Start < links[best].End - links[best].Start))
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
