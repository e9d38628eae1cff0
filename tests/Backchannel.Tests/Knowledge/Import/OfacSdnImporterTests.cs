using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.OfacSdn;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class OfacSdnImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/kb/ofac-sdn-gitscrape")]
    public void The_snapshot_gives_people_organisations_and_listings_dated_by_first_sighting()
    {
        var result = new OfacSdnImporter().Import(new ImportSource(ImportAssert.SharedKb("ofac-sdn-gitscrape", "sdn_2024-05-03.csv"), "OFAC SDN"));

        var lavrov = ImportAssert.Entity(result, "ofac:35233");
        Assert.Equal((Schemas.Person, "Sergei Viktorovich Lavrov", "1950-03-21", "ru"), (lavrov.Schema, lavrov.Caption, lavrov.First(Props.BirthDate), lavrov.First(Props.Nationality)));
        Assert.Contains("LAVROV, Sergei Viktorovich", lavrov.Values(Props.Alias));
        Assert.Contains("Sergei Lavrov", lavrov.Values(Props.Alias));
        var listing = new Sanction(ImportAssert.Entity(result, "san:ofac:35233"));
        Assert.Equal(("ofac:35233", OfacSdnImporter.Authority, "RUSSIA-EO14024", "2022-02-26", "active as of 2024-05-03"),
            (listing.EntityId, listing.Authority, listing.Program, listing.ListingDate?.ToString(), listing.Status));
        Assert.Contains(listing.Entity.Citations, c => c.Record!.StartsWith("sdn_first_seen", StringComparison.Ordinal));
        var fund = ImportAssert.Entity(result, "ofac:34036");
        Assert.Equal(Schemas.Organization, fund.Schema);
        Assert.Contains("RDIF", fund.Values(Props.Alias));
        var early = new Sanction(ImportAssert.Entity(result, "san:ofac:306"));
        Assert.Null(early.ListingDate);
        Assert.Contains("listed before 2021-08-18", early.Entity.Values(Props.Notes));
        Assert.Equal(Schemas.Organization, ImportAssert.Entity(result, "ofac:36").Schema);
        Assert.Contains(result.Notes, n => n.Contains("vessels", StringComparison.Ordinal));
        Assert.Empty(result.Problems);
        ImportAssert.AllCited(result);
    }

    [Fact]
    public void Short_rows_are_reported_by_line_and_vessels_are_counted_not_reported()
    {
        var path = _temp.Write("sdn.csv",
            "1,\"EXAMPLE, Anna Maria\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 02 Mar 1961; alt. DOB circa 1962; nationality Atlantis; a.k.a. 'Ann X'.\"\n"
            + "2,\"SHIP ONE\",\"vessel\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "3,\"TOO SHORT\"\n"
            + "4,\"ACME TRADING LLC\",-0- ,\"TEST] [OTHER\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"f.k.a. 'ACME OLD'; nationality Ukraine.\"\n");

        var result = new OfacSdnImporter().Import(new ImportSource(path, "test", null, "2026-01-01"));

        ImportAssert.ProblemAt(result, 3, "expected 12 columns");
        ImportAssert.ProblemAt(result, 1, "nationality 'Atlantis' is not a known country");
        var anna = ImportAssert.Entity(result, "ofac:1");
        Assert.Equal(("Anna Maria Example", "1961-03-02"), (anna.Caption, anna.First(Props.BirthDate)));
        Assert.Contains("Ann X", anna.Values(Props.Alias));
        var acme = ImportAssert.Entity(result, "ofac:4");
        Assert.Equal(("ACME OLD", "ua"), (acme.First(Props.PreviousName), acme.First(Props.Country)));
        Assert.Equal(["TEST", "OTHER"], ImportAssert.Entity(result, "san:ofac:4").Values(Props.Program).AsEnumerable());
        Assert.Equal("active as of 2026-01-01", ImportAssert.Entity(result, "san:ofac:4").First(Props.Status));
        Assert.Contains("skipped 1 vessels and 0 aircraft (not actors)", result.Notes);
        Assert.DoesNotContain(result.Entities, e => e.Id == "ofac:2");
    }

    [Theory]
    [InlineData("DMITRIEV, Kirill Aleksandrovich", "Kirill Aleksandrovich Dmitriev")]
    [InlineData("AL-ZAIDI, Rami", "Rami Al-Zaidi")]
    [InlineData("Single Name", "Single Name")]
    public void Listed_names_read_given_name_first(string listed, string display) =>
        Assert.Equal(display, OfacSdnImporter.DisplayName(listed));

    [Theory]
    [InlineData("Ivan Petrovich Sidorov", "Ivan Sidorov")]
    [InlineData("Olha Mykolaivna Test", "Olha Test")]
    [InlineData("Anna Maria Example", null)]
    [InlineData("Ivan Sidorov", null)]
    public void A_patronymic_is_dropped_for_the_everyday_alias(string name, string? alias) =>
        Assert.Equal(alias, OfacSdnImporter.WithoutPatronymic(name));
}
