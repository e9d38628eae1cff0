using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Import;
using Backchannel.Learning;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>The options the KB query commands share, and loading the KB they name.</summary>
internal static class KbQueryOptions
{
    /// <summary>The KB file shipped in models/.</summary>
    public const string DefaultFileName = "kb.ftm.jsonl.gz";

    public static Option<string?> KbFile() => new("--kb") { Description = $"Knowledge-base file (FtM JSON lines, .gz allowed). Default: the shipped models/{DefaultFileName}." };

    public static Option<string?> On() => new("--on") { Description = "The date to answer for (YYYY-MM-DD). Default: today." };

    /// <summary>Loads the KB; a missing or damaged file is BC2004 naming the file.</summary>
    public static KnowledgeBase Load(string? path)
    {
        path ??= ModelLocator.Require(DefaultFileName);
        if (!File.Exists(path))
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "No knowledge-base file here.", path, "Build one with 'backchannel kb build', or omit --kb to use the shipped one."));
        }

        var read = FtmJsonLines.Read(new ImportSource(path, Path.GetFileName(path)));
        if (read.Problems.Count > 0)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadModel, $"The knowledge base has {read.Problems.Count} unreadable line(s); first: {read.Problems[0]}", path, "Rebuild it with 'backchannel kb build'."));
        }

        return KnowledgeBase.From(KbMerger.Merge(read.Entities));
    }

    /// <summary>Parses --on; null means today.</summary>
    public static bool TryDay(string? text, out DateOnly day)
    {
        if (text is null)
        {
            day = DateOnly.FromDateTime(DateTime.UtcNow);
            return true;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static BackchannelError BadDay(string? text) =>
        new(ErrorCode.BadOption, $"'{text}' is not a date.", Hint: "Give --on as YYYY-MM-DD, e.g. --on 2026-01-21.");
}
