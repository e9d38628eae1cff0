using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge;

/// <summary>Issue 16.2: dates keep their precision, open terms end at their source's as-of date, precise spells decide.</summary>
public sealed class DatePrecisionTests : IDisposable
{
    private static readonly Citation Coarse = new("Coarse extract", null, "row 1", "2025-10-03");
    private static readonly Citation Precise = new("Precise source", "https://www.wikidata.org/wiki/Q1", "Q1 P39", "2023-01-19");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static KbEntity Term(string id, string? start, string? end, Citation cite, string? asOf = null, string? status = null) =>
        new KbEntityBuilder(Schemas.Occupancy, id).Add(Props.Holder, "Q1").Add(Props.Post, "gb-head-of-government")
            .Add(Props.StartDate, start).Add(Props.EndDate, end).Add(Props.Status, status ?? (end is null ? "unknown" : "ended"))
            .Add(Props.AsOf, asOf).Cite(cite).Build();

    [Fact]
    public void Inside_a_year_precision_boundary_the_answer_is_uncertain_never_a_clash()
    {
        var term = new Occupancy(Term("t", "1997", "2007", Coarse));

        Assert.Equal(TermCertainty.Uncertain, term.On(Day("2007-03-15")).Certainty);
        Assert.Equal(TermCertainty.Uncertain, term.On(Day("1997-02-01")).Certainty);
        Assert.Equal(TermCertainty.Holds, term.On(Day("2003-06-01")).Certainty);
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2008-01-01")).Certainty);
    }

    [Fact]
    public void An_open_term_holds_up_to_its_as_of_date_and_is_uncertain_after_it()
    {
        var term = new Occupancy(Term("t", "2009-01-20", null, Coarse, asOf: "2014-01-30"));

        Assert.Equal(TermCertainty.Holds, term.On(Day("2014-01-30")).Certainty);
        var later = term.On(Day("2026-01-20"));
        Assert.Equal(TermCertainty.Uncertain, later.Certainty);
        Assert.Contains("as of 2014-01-30", later.Reason, StringComparison.Ordinal);
        Assert.Equal("2009-01-20 – open (as of 2014-01-30)", term.Term);
    }

    [Fact]
    public void A_term_that_began_after_its_sources_as_of_date_holds_from_its_start_day()
    {
        var term = new Occupancy(Term("t", "2026-05-09", null, Coarse, asOf: "2026-01"));

        Assert.Equal(TermCertainty.StartedThatDay, term.On(Day("2026-05-09")).Certainty);
        Assert.Equal(TermCertainty.Uncertain, term.On(Day("2026-06-01")).Certainty);
    }

    [Fact]
    public void The_build_stamps_each_sources_retrieval_date_on_its_open_terms_and_precision_survives_write_and_load()
    {
        _temp.Write("kb/Test.Countries.actors.txt", "JOE_EXAMPLE_\n\t[USAELI 600101-000101]\n\t[USAGOV >090120]\n\t[USAGOV 030101-070630]\n");
        _temp.Write("kb/sources.tsv", "format\tpath\tpublisher\turl\tretrieved\nphoenix\tTest.Countries.actors.txt\tPhoenix\t\t2014-01-30\n");

        var report = KbBuilder.Build(_temp.File("kb/sources.tsv"));
        var path = _temp.File("kb.ftm.jsonl.gz");
        FtmJsonLines.Write(path, report.Entities);
        var kb = KnowledgeBaseFile.Load(path);

        var terms = kb.TermsOf("phoenix:JOE_EXAMPLE");
        Assert.Contains(terms, t => t.Start?.ToString() == "1960" && t.End?.ToString() == "2000");
        Assert.Contains(terms, t => t.Start is null && t.End?.ToString() == "2007-06");
        var open = Assert.Single(terms, t => t.End is null);
        Assert.Equal("2014-01-30", open.AsOf?.ToString());
        Assert.Equal(TermCertainty.Uncertain, open.On(Day("2026-01-20")).Certainty);
        Assert.Equal(TermCertainty.Holds, open.On(Day("2012-01-20")).Certainty);
    }

    [Fact]
    public void A_day_precise_term_and_a_coarse_one_of_the_same_spell_become_one_fact_with_the_precise_dates()
    {
        var coarse = Term("occ:coarse", "1997", "2007", Coarse);
        var precise = Term("occ:precise", "1997-05-02", "2007-06-27", Precise);
        var other = Term("occ:other", "2010", null, Coarse, asOf: "2025-10-03");

        var merged = KbMerger.Merge([coarse, precise, other]);

        var blair = Assert.Single(merged, e => e.Id == "occ:coarse");
        var term = new Occupancy(blair);
        Assert.Equal(("1997-05-02", "2007-06-27"), (term.Start?.ToString(), term.End?.ToString()));
        Assert.Equal(2, blair.Citations.Length);
        Assert.Contains("occ:precise", blair.Values(Props.MergedFrom));
        Assert.Contains(blair.Values(Props.Notes), n => n.Contains("Coarse extract gives 1997 – 2007", StringComparison.Ordinal));
        Assert.Equal(TermCertainty.Holds, term.On(Day("2007-03-15")).Certainty);
        Assert.Equal(TermCertainty.NotHeld, term.On(Day("2007-07-01")).Certainty);
        Assert.Single(merged, e => e.Id == "occ:other"); // a later spell is another fact
    }

    [Fact]
    public void Spells_whose_days_disagree_stay_two_facts()
    {
        var a = Term("occ:a", "2016-02-11", "2017-05-10", Precise);
        var b = Term("occ:b", "2016-12-06", "2017-05-10", Coarse);

        Assert.Equal(2, KbMerger.Merge([a, b]).Count);
    }

    [Fact]
    public void A_relation_with_a_start_answers_only_from_it()
    {
        var kb = KnowledgeBase.From(
        [
            .. KbFixture.Countries,
            KbFixture.Person("bc:paul", "Paul Example", "us"),
            KbFixture.Person("bc:ned", "Ned Example", "us"),
            new KbEntityBuilder(Schemas.Family, "rel:1").Add(Props.Person, "bc:paul").Add(Props.Relative, "bc:ned")
                .Add(Props.Relationship, "son-in-law").Add(Props.StartDate, "2009-10-25").Cite(KbFixture.Cited).Build(),
        ]);
        var relation = Assert.Single(kb.RelationsOf("bc:paul"));
        var resolver = new Backchannel.Knowledge.Roles.RoleResolver(kb);

        Assert.Equal(TermCertainty.NotHeld, relation.On(Day("2005-03-01")).Certainty);
        Assert.Equal(TermCertainty.Holds, relation.On(Day("2016-10-01")).Certainty);
        Assert.Empty(resolver.Who("Paul Example's son-in-law", Day("2005-03-01")));
        Assert.Equal("bc:ned", Assert.Single(resolver.Who("Paul Example's son-in-law", Day("2016-10-01"))).Holder.Id);
    }
}
