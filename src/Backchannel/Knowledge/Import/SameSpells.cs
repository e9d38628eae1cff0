using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import;

/// <summary>
/// Unites the terms several sources give for one spell of one person in one post, so the most precise dates decide:
/// Wikidata's day-precise "1997-05-02 – 2007-06-27" and an extract's "1997 – 2007" are one term of Tony Blair, dated to
/// the day, with both citations. Two terms of one holder and post are one spell when each boundary both give could be
/// the same day (a day inside a year or month) and at least one boundary is given by both (an unknown or open side
/// agrees with anything). Each boundary is taken from the source that gives it most precisely (a day before a month
/// before a year); a coarser source's differing dates stay visible in a note, and its citation stays on the fact. The
/// fact keeps the id of the first term read. A coarse term that matches no precise one stays a fact of its own; it
/// can only be uncertain where a precise one is certain, so it never overrides one.
/// </summary>
public static class SameSpells
{
    private static readonly string[] Own = [Props.StartDate, Props.EndDate, Props.Status, Props.EndIsScheduled, Props.Publisher, Props.SourceUrl, Props.RecordId, Props.RetrievedAt];

    /// <summary>Returns <paramref name="entities"/> with the terms of one spell merged, in the original order.</summary>
    public static List<KbEntity> Merge(List<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Schema != Schemas.Occupancy)
            {
                continue;
            }

            var key = $"{e.First(Props.Holder)}|{e.First(Props.Post)}";
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(i);
        }

        var replaced = new Dictionary<int, KbEntity?>();
        foreach (var members in groups.Values.Where(g => g.Count > 1))
        {
            // Most precise first, so each cluster is seeded by the best-dated term; ties keep reading order.
            var ordered = members.OrderByDescending(i => Score(entities[i])).ThenBy(i => i).ToList();
            var clusters = new List<List<int>>();
            foreach (var i in ordered)
            {
                var term = new Occupancy(entities[i]);
                var cluster = clusters.FirstOrDefault(c => Compatible(Combined(entities, c), term));
                if (cluster is null)
                {
                    clusters.Add([i]);
                }
                else
                {
                    cluster.Add(i);
                }
            }

            foreach (var cluster in clusters.Where(c => c.Count > 1))
            {
                var first = cluster.Min();
                replaced[first] = Fold(entities, cluster, entities[first].Id);
                foreach (var other in cluster.Where(i => i != first))
                {
                    replaced[other] = null;
                }
            }
        }

        return [.. entities.Select((e, i) => replaced.TryGetValue(i, out var r) ? r : e).OfType<KbEntity>()];
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> can be one spell (see the class summary).</summary>
    public static bool Compatible(Occupancy a, Occupancy b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Start == b.Start && a.End == b.End)
        {
            return true;
        }

        var both = 0;
        if (a.Start is { } sa && b.Start is { } sb)
        {
            if (!Overlap(sa, sb))
            {
                return false;
            }

            both++;
        }

        if (a.End is { } ea && b.End is { } eb)
        {
            if (!Overlap(ea, eb))
            {
                return false;
            }

            both++;
        }

        // One side's open or unknown end must not lie before the other's start (a later spell is not this one).
        if (a.Start is { } s1 && b.End is { } e1 && e1.Latest < s1.Earliest)
        {
            return false;
        }

        if (b.Start is { } s2 && a.End is { } e2 && e2.Latest < s2.Earliest)
        {
            return false;
        }

        return both > 0 && (a.Start is not null && b.Start is not null);
    }

    private static bool Overlap(KbDate a, KbDate b) => a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    private static int Score(KbEntity e) => Precision(e.Date(Props.StartDate)) + Precision(e.Date(Props.EndDate));

    private static int Precision(KbDate? d) => d is null ? 0 : (int)d.Value.Precision + 1;

    /// <summary>The cluster's combined term (for matching the next candidate against the best dates so far).</summary>
    private static Occupancy Combined(List<KbEntity> entities, List<int> cluster) =>
        cluster.Count == 1 ? new Occupancy(entities[cluster[0]]) : new Occupancy(Fold(entities, cluster, entities[cluster[0]].Id));

    private static KbEntity Fold(List<KbEntity> entities, List<int> cluster, string id)
    {
        // Each boundary from the term that gives it most precisely (the cluster is ordered most precise first).
        KbEntity? startFrom = null, endFrom = null;
        foreach (var i in cluster)
        {
            var e = entities[i];
            if (e.Date(Props.StartDate) is { } s && (startFrom?.Date(Props.StartDate) is not { } best || s.Precision > best.Precision))
            {
                startFrom = e;
            }

            if (e.Date(Props.EndDate) is { } en && (endFrom?.Date(Props.EndDate) is not { } bestEnd || en.Precision > bestEnd.Precision))
            {
                endFrom = e;
            }
        }

        var builder = new KbEntityBuilder(Schemas.Occupancy, id);
        builder.Add(Props.StartDate, startFrom?.First(Props.StartDate)).Add(Props.EndDate, endFrom?.First(Props.EndDate));
        if (endFrom is not null)
        {
            builder.Add(Props.EndIsScheduled, endFrom.First(Props.EndIsScheduled));
            builder.Add(Props.Status, endFrom.Flag(Props.EndIsScheduled) ? endFrom.First(Props.Status) : "ended");
        }
        else
        {
            // Open: "current" if any source says so, else what the first says ("unknown", "ended" without a day).
            var statuses = cluster.Select(i => entities[i].First(Props.Status)).OfType<string>().ToList();
            builder.Add(Props.Status, statuses.Contains("ended") ? "ended" : statuses.Contains("current") ? "current" : statuses.FirstOrDefault());
        }

        var start = builder.Values(Props.StartDate).FirstOrDefault() ?? "?";
        var end = builder.Values(Props.EndDate).FirstOrDefault() ?? "open";
        foreach (var i in cluster.Order())
        {
            var e = entities[i];
            if (e.Id != id)
            {
                builder.Add(Props.MergedFrom, e.Id);
            }

            foreach (var (prop, values) in e.Properties)
            {
                if (!Own.Contains(prop))
                {
                    builder.AddAll(prop, values);
                }
            }

            var s = e.First(Props.StartDate) ?? "?";
            var en = e.First(Props.EndDate) ?? "open";
            if ((s != start || en != end) && e.Citations.FirstOrDefault()?.Publisher is { } publisher)
            {
                builder.Add(Props.Notes, $"{publisher} gives {s} – {en}; the more precise dates are kept");
            }

            foreach (var citation in e.Citations)
            {
                builder.Cite(citation);
            }
        }

        return builder.Build();
    }
}
