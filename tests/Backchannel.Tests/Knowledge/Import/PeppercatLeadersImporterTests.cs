using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.Peppercat;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class PeppercatLeadersImporterTests : IDisposable
{
    private const string Header = "catalog,position,person,personID,start,end,gender,DOB,DOD,image,enwiki\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Heads_and_foreign_ministers_are_taken_with_their_precision_and_cite_the_wikidata_item()
    {
        _temp.Write("pep/leaders-historic/united-kingdom.csv", Header
            + "United Kingdom,Prime Minister,Tony Blair,Q9545,1997-05-02,2007-06-27,male,1953-05-06,,,\n"
            + "United Kingdom,Secretary of State for Foreign and Commonwealth Affairs,Jack Straw,Q319132,2001-06-08,2006-05-05,male,1946-08-03,,,\n"
            + "United Kingdom,Chancellor of the Exchequer,Gordon Brown,Q10648,1997-05-02,2007-06-27,male,1951-02-20,,,\n");
        _temp.Write("pep/leaders-historic/spain.csv", Header
            + "Spain,Minister of Foreign Affairs,Ana Example,Q100,2004,2010-10,female,,,,\n"
            + "Spain,Secretary of State for Foreign Affairs,Juan Junior,Q101,2004-04-19,2008-04-14,male,,,,\n"
            + "Spain,Deputy Minister of Foreign Affairs,Juan Deputy,Q102,2004-04-19,,male,,,,\n"
            + "Spain,Second Deputy Prime Minister and Minister of Foreign Affairs,Eva Joint,Q103,2011-01-01,2011-02-01,female,,,,\n"
            + "Spain,monarch,Felipe VI,Q191045,2014-06-19,,male,1968-01-30,,,\n");
        _temp.Write("pep/leaders-historic/scotland.csv", Header + "Scotland,First Minister,Someone,Q5,2014-11-20,,,,,,\n");

        var result = new PeppercatLeadersImporter().Import(new ImportSource(_temp.File("pep"), "Peppercat", "https://www.wikidata.org", "2023-01-19"));

        Assert.Empty(result.Problems);
        var blair = new Occupancy(ImportAssert.Term(result, "Q9545", "gb-head-of-government", "1997-05-02"));
        Assert.Equal("2007-06-27", blair.End?.ToString());
        Assert.Equal("https://www.wikidata.org/wiki/Q9545", Assert.Single(blair.Entity.Citations).Url);
        Assert.Equal("foreign_minister", ImportAssert.Entity(result, "gb-foreign-minister").First(Props.Role));
        ImportAssert.Term(result, "Q319132", "gb-foreign-minister", "2001-06-08");
        var ana = new Occupancy(ImportAssert.Term(result, "Q100", "es-foreign-minister", "2004"));
        Assert.Equal(("2004", "2010-10"), (ana.Start?.ToString(), ana.End?.ToString()));
        ImportAssert.Term(result, "Q103", "es-foreign-minister", "2011-01-01");
        var king = new Occupancy(ImportAssert.Term(result, "Q191045", "es-head-of-state", "2014-06-19"));
        Assert.Equal("2023-01-19", king.AsOf?.ToString());
        Assert.Equal(TermCertainty.Uncertain, king.On(new DateOnly(2026, 1, 20)).Certainty);
        Assert.DoesNotContain(result.Entities, e => e.Id is "Q10648" or "Q101" or "Q102" or "Q5");
        Assert.Equal("1953-05-06", ImportAssert.Entity(result, "Q9545").First(Props.BirthDate));
        ImportAssert.AllCited(result);
    }

    [Theory]
    [InlineData("Minister of Foreign Affairs", "fr", "foreign_minister")]
    [InlineData("Minister of Foreign Affairs and Public Service", "lc", "foreign_minister")]
    [InlineData("Minister for Europe and Foreign Affairs", "fr", "foreign_minister")]
    [InlineData("Minister of International Relations and Cooperation", "za", "foreign_minister")]
    [InlineData("Minister of External Affairs", "in", "foreign_minister")]
    [InlineData("Minister of Foreign Affairs", "in", null)]
    [InlineData("Foreign Secretary", "in", null)]
    [InlineData("Secretary of State", "us", "foreign_minister")]
    [InlineData("Secretary of State", "gb", null)]
    [InlineData("State Minister of Foreign Affairs for Regional Affairs", "ug", null)]
    [InlineData("Minister of State for Foreign Affairs", "ae", null)]
    [InlineData("Vice Minister of Foreign Affairs", "cn", null)]
    [InlineData("Chair of the Committee on Foreign Affairs", "de", null)]
    [InlineData("President", "fr", "head_of_state")]
    [InlineData("President of the Senate", "fr", null)]
    [InlineData("Prime Minister", "gb", "head_of_government")]
    [InlineData("Federal Chancellor", "de", "head_of_government")]
    [InlineData("Chancellor of the Exchequer", "gb", null)]
    [InlineData("Deputy Prime Minister", "gb", null)]
    public void Position_labels_are_classified_into_role_kinds(string label, string country, string? role) =>
        Assert.Equal(role, PeppercatRoles.Classify(label, country));
}
