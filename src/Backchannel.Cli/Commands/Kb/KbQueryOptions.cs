using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;

namespace Backchannel.Cli.Commands.Kb;

/// <summary>The options the KB query commands share, and loading the KB they name.</summary>
internal static class KbQueryOptions
{
    /// <summary>The KB file shipped in models/.</summary>
    public const string DefaultFileName = "kb.ftm.jsonl.gz";

    public static Option<string?> KbFile() => new("--kb") { Description = $"Knowledge-base file (FtM JSON lines, .gz allowed). Default: the shipped models/{DefaultFileName}." };

    public static Option<string?> On() => new("--on") { Description = "The date to answer for (YYYY-MM-DD). Default: today." };

    /// <summary>Loads the KB (the shipped one, cached, when no path is given); a missing or damaged file is an error naming it.</summary>
    public static KnowledgeBase Load(string? path) =>
        path is null ? KnowledgeBaseFile.LoadDefault() : KnowledgeBaseFile.Load(path);

    /// <summary>Parses --on; null means today.</summary>
    public static bool TryDay(string? text, out DateOnly day)
    {
        if (text is null)
        {
            day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            return true;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static BackchannelError BadDay(string? text) =>
        new(ErrorCode.BadOption, $"'{text}' is not a date.", Hint: "Give --on as YYYY-MM-DD, e.g. --on 2026-01-21.");
}
