using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge.Import;

/// <summary>Finding things in import results, and the shared data files the importers are tested on.</summary>
internal static class ImportAssert
{
    public static string SharedKb(params string[] parts) => Path.Combine([RepoPaths.Shared, "data", "kb", .. parts]);

    public static KbEntity Entity(ImportResult result, string id) =>
        Assert.Single(result.Entities, e => e.Id == id);

    public static KbEntity Term(ImportResult result, string holder, string post, string start) =>
        Assert.Single(result.Entities, e => e.Schema == Schemas.Occupancy && e.First(Props.Holder) == holder && e.First(Props.Post) == post && e.First(Props.StartDate) == start);

    /// <summary>Every entity an importer makes must be cited with a record.</summary>
    public static void AllCited(ImportResult result) =>
        Assert.All(result.Entities, e => Assert.Contains(e.Citations, c => c.Record is { Length: > 0 } && (c.Publisher is { Length: > 0 } || c.Url is { Length: > 0 })));

    public static ImportProblem ProblemAt(ImportResult result, long line, string contains) =>
        Assert.Single(result.Problems, p => p.Line == line && p.Reason.Contains(contains, StringComparison.Ordinal));
}
