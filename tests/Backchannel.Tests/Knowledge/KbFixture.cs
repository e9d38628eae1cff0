using Backchannel.Knowledge;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Import.Countries;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge;

/// <summary>
/// Hand-made facts about invented people, on top of the real country list, so role and linking rules are tested
/// without relying on any real officeholder's dates.
/// </summary>
internal static class KbFixture
{
    public static readonly Citation Cited = new("test fixture", "https://example.org/fixture", null, "2026-11-22");

    public static IReadOnlyList<KbEntity> Countries { get; } =
        new CountriesImporter().Import(new ImportSource(Path.Combine(RepoPaths.Root, "data", "kb", "sources", "countries", "countries.tsv"), "countries.tsv")).Entities;

    public static KbEntity Person(string id, string name, string nationality, params string[] aliases) =>
        new KbEntityBuilder(Schemas.Person, id).Add(Props.Name, name).Add(Props.Nationality, nationality)
            .AddAll(Props.Alias, aliases).Cite(Cited).Build();

    public static KbEntity Position(string id, string name, string country, string role, params string[] aliases) =>
        new KbEntityBuilder(Schemas.Position, id).Add(Props.Name, name).Add(Props.Country, country).Add(Props.Role, role)
            .AddAll(Props.Alias, aliases).Cite(Cited).Build();

    public static KbEntity Term(string holder, string post, string? start, string? end, string? status = null, bool scheduled = false, bool acting = false)
    {
        var builder = new KbEntityBuilder(Schemas.Occupancy, $"occ:{holder}:{post}:{start}")
            .Add(Props.Holder, holder).Add(Props.Post, post).Add(Props.StartDate, start).Add(Props.EndDate, end).Add(Props.Status, status)
            .Cite(Cited);
        if (scheduled)
        {
            builder.Add(Props.EndIsScheduled, "yes");
        }

        if (acting)
        {
            builder.Add(Props.Acting, "yes");
        }

        return builder.Build();
    }

    /// <summary>
    /// Invented Ukrainian foreign ministers (a handover on 2024-09-05), a month-precision spokesperson, a French
    /// president with a scheduled end, and a family relation.
    /// </summary>
    public static KnowledgeBase Build() => KnowledgeBase.From(
    [
        .. Countries,
        Person("bc:olena-marchuk", "Olena Marchuk", "ua"),
        Person("bc:taras-hnatiuk", "Taras Hnatiuk", "ua", "Taras Hnatyuk"),
        Person("bc:ivan-sirko", "Ivan Sirko", "ua"),
        Person("bc:claire-vautrin", "Claire Vautrin", "fr"),
        Person("bc:paul-hartley", "Paul Hartley", "us"),
        Person("bc:ned-hartley-lowe", "Ned Lowe", "us"),
        Person("bc:lucie-moreau", "Lucie Moreau", "fr"),
        Person("bc:remi-garnier", "Rémi Garnier", "fr"),
        Position("ua-foreign-minister", "Minister of Foreign Affairs of Ukraine", "ua", "foreign_minister", "Ukrainian Foreign Minister"),
        Position("ua-mfa-spokesperson", "Spokesperson of the Ministry of Foreign Affairs of Ukraine", "ua", "foreign_ministry_spokesperson"),
        Position("fr-president", "President of France", "fr", "head_of_state", "French President"),
        Position("fr-presidential-spokesperson", "Spokesperson of the President of France", "fr", "presidential_spokesperson"),
        Position("fr-government-spokesperson", "Spokesperson of the Government of France", "fr", "government_spokesperson"),
        Position("de-chancellor", "Chancellor of Germany", "de", "head_of_government", "German Chancellor"),
        Term("bc:olena-marchuk", "ua-foreign-minister", "2020-03-04", "2024-09-05", "ended"),
        Term("bc:taras-hnatiuk", "ua-foreign-minister", "2024-09-05", null, "current"),
        Term("bc:ivan-sirko", "ua-mfa-spokesperson", "2022-03", null, "current"),
        Term("bc:lucie-moreau", "fr-presidential-spokesperson", "2023-01-10", null, "current"),
        Term("bc:remi-garnier", "fr-government-spokesperson", "2024-02-01", null, "current"),
        Term("bc:claire-vautrin", "fr-president", "2022-05-14", "2027-05-14", "current", scheduled: true),
        new KbEntityBuilder(Schemas.Family, "rel:hartley-lowe").Add(Props.Person, "bc:paul-hartley").Add(Props.Relative, "bc:ned-hartley-lowe")
            .Add(Props.Relationship, "son-in-law").Cite(Cited).Build(),
    ]);
}
