using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.Pocom;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class PocomImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/kb/hsg-pocom")]
    public void Secretaries_of_state_come_with_names_birth_years_and_the_sitting_one_is_current()
    {
        var result = new PocomImporter().Import(new ImportSource(ImportAssert.SharedKb("hsg-pocom"), "pocom"));

        var rubio = ImportAssert.Term(result, "pocom:rubio-marco", PocomImporter.SecretaryOfState, "2025-01-21");
        Assert.Equal("current", rubio.First(Props.Status));
        Assert.Contains(rubio.Citations, c => c.Record == "secretary.xml secr-2025-rubi");
        var blinken = ImportAssert.Term(result, "pocom:blinken-antony-j", PocomImporter.SecretaryOfState, "2021-01-26");
        Assert.Equal(("2025-01-20", "ended"), (blinken.First(Props.EndDate), blinken.First(Props.Status)));
        var person = ImportAssert.Entity(result, "pocom:rubio-marco");
        Assert.Equal(("Marco Rubio", "1971"), (person.Caption, person.First(Props.BirthDate)));
        Assert.Equal("foreign_minister", ImportAssert.Entity(result, PocomImporter.SecretaryOfState).First(Props.Role));
        Assert.Contains(result.Entities, e => e.Id == "us-state:deputy-secretary" && e.Schema == Schemas.Position);
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Bad_dates_broken_files_and_missing_people_are_reported_and_the_rest_is_kept()
    {
        _temp.Write("p/positions-principals/envoy.xml", """
            <principal-position><id>envoy</id><names><singular>Envoy</singular></names><ongoing>true</ongoing>
            <principals>
            <principal><id>e-1</id><person-id>doe-jane</person-id><started><date>2001-02-31</date></started><ended><date>2003</date></ended></principal>
            <principal><id>e-2</id><person-id>roe-rick</person-id><started><date>2003-05</date></started><ended><date/></ended></principal>
            </principals></principal-position>
            """);
        _temp.Write("p/positions-principals/broken.xml", "<principal-position><id>");
        _temp.Write("p/people/d/doe-jane.xml", "<person><id>doe-jane</id><persName><surname>Doe</surname><forename>Jane</forename></persName><birth>1950</birth></person>");

        var result = new PocomImporter().Import(new ImportSource(_temp.File("p"), "pocom"));

        Assert.Contains(result.Problems, p => p.File.EndsWith("envoy.xml", StringComparison.Ordinal) && p.Line == 3 && p.Reason.Contains("started '2001-02-31'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File.EndsWith("broken.xml", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Reason.Contains("no people file for roe-rick", StringComparison.Ordinal));
        var first = Assert.Single(result.Entities, e => e.First(Props.Holder) == "pocom:doe-jane");
        Assert.Equal((null, "2003", "ended"), (first.First(Props.StartDate), first.First(Props.EndDate), first.First(Props.Status)));
        Assert.Equal("current", Assert.Single(result.Entities, e => e.First(Props.Holder) == "pocom:roe-rick").First(Props.Status));
        Assert.Equal("Jane Doe", ImportAssert.Entity(result, "pocom:doe-jane").Caption);
    }
}
