using Backchannel.Knowledge.Import.CongressExecutive;
using Backchannel.Knowledge.Import.Countries;
using Backchannel.Knowledge.Import.Curated;
using Backchannel.Knowledge.Import.OfacSdn;
using Backchannel.Knowledge.Import.Peppercat;
using Backchannel.Knowledge.Import.Phoenix;
using Backchannel.Knowledge.Import.Pocom;
using Backchannel.Knowledge.Import.WikidataLeaders;

namespace Backchannel.Knowledge.Import;

/// <summary>Every importer, by the format name used on the command line and in the sources manifest.</summary>
public static class KbImporters
{
    /// <summary>All importers, in the order help text lists them.</summary>
    public static IReadOnlyList<IKbImporter> All { get; } =
    [
        new CuratedCsvImporter(),
        new CountriesImporter(),
        new CongressExecutiveImporter(),
        new PocomImporter(),
        new OfacSdnImporter(),
        new WikidataLeadersImporter(),
        new PeppercatLeadersImporter(),
        new PhoenixActorsImporter(),
        new FtmJsonLinesImporter(),
    ];

    /// <summary>The importer for <paramref name="format"/> (case-insensitive), or null.</summary>
    public static IKbImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}
