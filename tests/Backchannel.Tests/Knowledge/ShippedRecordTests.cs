using System.Globalization;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Tests.Linking;
using Backchannel.Tests.Support;
using Xunit.Abstractions;

namespace Backchannel.Tests.Knowledge;

/// <summary>Issue 16.2 on the shipped record (models/kb.ftm.jsonl.gz): Blair's term, stale terms, coverage, a hand-made sample.</summary>
public sealed class ShippedRecordTests(ITestOutputHelper output)
{
    private static KnowledgeBase Kb => KnowledgeBaseFile.LoadDefault();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [KnowledgeBaseFact]
    public void Blair_was_prime_minister_from_1997_05_02_to_2007_06_27_by_a_day_precise_source()
    {
        var blair = Assert.Single(Kb.FindExact("Tony Blair"), n => Kb.Get(n.EntityId)?.Schema == Schemas.Person).EntityId;
        var term = Assert.Single(Kb.TermsOf(blair), t => Kb.Get(t.PostId)?.First(Props.Role) == "head_of_government");

        Assert.Equal(("1997-05-02", "2007-06-27"), (term.Start?.ToString(), term.End?.ToString()));
        Assert.Contains(term.Entity.Citations, c => c.Url == "https://www.wikidata.org/wiki/Q9545" && c.Record!.Contains("P39", StringComparison.Ordinal));
        Assert.Equal(TermCertainty.Holds, term.On(Day("2007-03-15")).Certainty); // a March 2007 article agrees
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2007-07-15")).Certainty);
    }

    [KnowledgeBaseFact]
    public void A_2014_dictionary_makes_nobody_an_official_in_2026()
    {
        var stale = Kb.Entities.Where(e => e.Schema == Schemas.Occupancy && e.Id.StartsWith("occ:", StringComparison.Ordinal))
            .Select(e => new Occupancy(e)).Where(t => t.PostId.StartsWith("cameo:", StringComparison.Ordinal))
            .Where(t => t.On(Day("2026-01-20")).Certain).ToList();

        Assert.Empty(stale);
        var biden = Kb.TermsOf("Q6279").Where(t => t.PostId == "cameo:USAGOV" && t.End is null).ToList();
        Assert.NotEmpty(biden);
        Assert.All(biden, t => Assert.Equal(TermCertainty.Uncertain, t.On(Day("2026-01-20")).Certainty));
    }

    [KnowledgeBaseFact]
    public void Ukraine_is_one_actor()
    {
        var ids = Kb.FindExact("Ukraine").Select(n => n.EntityId).Distinct(StringComparer.Ordinal).ToList();

        Assert.Equal(["country:ua"], ids);
    }

    [KnowledgeBaseFact]
    public void Foreign_ministers_of_at_least_150_and_165_un_members_are_on_record_on_the_target_days()
    {
        var members = KbCoverage.UnMembers(Kb);
        var early = KbCoverage.On(Kb, members, "foreign_minister", Day("2005-03-01"));
        var later = KbCoverage.On(Kb, members, "foreign_minister", Day("2016-10-01"));
        output.WriteLine($"2005-03-01: {early}; 2016-10-01: {later}");

        Assert.Equal(193, members.Count);
        Assert.True(early.Certain + early.UncertainOnly >= 150, $"2005-03-01: {early}");
        Assert.True(later.Certain + later.UncertainOnly >= 165, $"2016-10-01: {later}");
    }

    [KnowledgeBaseFact]
    public void The_record_agrees_with_the_hand_made_sample_of_foreign_ministers_except_its_listed_gaps()
    {
        using var file = new StreamReader(Path.Combine(RepoPaths.Root, "data", "eval", "foreign-ministers-sample.csv"));
        var rows = CsvReader.Read(file).Skip(1).Select(r => r.Cells).ToList();
        int agree = 0, gaps = 0;
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var (country, date, expected, gap) = (row[0], row[1], row[2], row.Length > 4 && row[4] == "yes");
            var holders = KbCoverage.Holders(Kb, country, "foreign_minister", Day(date));
            var names = holders.Select(h => Kb.Get(h.Term.HolderId)).OfType<KbEntity>().ToList();
            var ok = names.Any(n => Same(n, expected));
            var said = string.Join("; ", holders.Select(h => $"{Kb.Get(h.Term.HolderId)?.Caption} ({h.Check.Certainty})"));
            output.WriteLine($"{country} {date} {expected}: {(ok ? "agrees" : gap ? "known gap" : "DISAGREES")} [{said}]");
            if (ok)
            {
                agree++;
            }
            else if (gap)
            {
                gaps++;
            }
            else
            {
                wrong.Add($"{country} {date} {expected}: record says [{said}]");
            }
        }

        output.WriteLine($"agreement: {agree} of {rows.Count}; known gaps {gaps}");
        Assert.Empty(wrong);
        Assert.True(agree >= rows.Count * 8 / 10, $"only {agree} of {rows.Count} agree");
    }

    /// <summary>The expected name matches any name of the person, or its surname is a word of one.</summary>
    private static bool Same(KbEntity person, string expected)
    {
        var want = NameKey.Loose(expected);
        var surname = want[(want.LastIndexOf(' ') + 1)..];
        return person.Values(Props.Name).Concat(person.Values(Props.Alias)).Select(n => NameKey.Loose(n))
            .Any(k => k == want || k.Split(' ').Contains(surname, StringComparer.Ordinal));
    }
}
