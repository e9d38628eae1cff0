using System.CommandLine;
using System.Globalization;
using System.Text;
using Backchannel.Cli.Options;
using Backchannel.Errors;
using Backchannel.Storage;
using Spectre.Console;

namespace Backchannel.Cli.Commands;

/// <summary><c>backchannel search "query"</c>: full-text search over the store, with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find; stems match (negotiate finds negotiations); end a word with * for a prefix." };
        var db = new Option<string>("--db") { Description = "SQLite store to search.", DefaultValueFactory = _ => "backchannel.db" };
        var limit = new Option<int>("--limit") { Description = "Most matches to show.", DefaultValueFactory = _ => 20 };
        var lockTimeout = StoreOptions.LockTimeout();
        var command = new Command("search", "Search the stored documents.") { query, db, limit, lockTimeout };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var path = parseResult.GetValue(db)!;
            if (!StoreOptions.TryGetLockTimeout(parseResult, lockTimeout, terminal, out var timeout))
            {
                return ExitCode.Usage;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                terminal.Problem(new BackchannelError(ErrorCode.PathNotFound, "No store here.", path, "Run 'backchannel analyze' first, or point --db at an existing store."));
                return ExitCode.Usage;
            }

            using var store = DocumentStore.Open(path, TimeProvider.System, timeout);
            var text = parseResult.GetValue(query) ?? "";
            var shown = Math.Max(1, parseResult.GetValue(limit));
            var hits = store.Search(text, shown);
            if (hits.Count == 0)
            {
                terminal.Info("No matches.");
                return ExitCode.Success;
            }

            // Without colour (pipes, NO_COLOR) the match markers stay visible as [ ] instead.
            var colour = terminal.Out.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
            foreach (var hit in hits)
            {
                terminal.Out.MarkupLine($"[bold]{Terminal.Text(hit.Title ?? "(untitled)")}[/]  [dim]{Terminal.Text(hit.Id)} {Terminal.Text(hit.Path)}[/]");
                terminal.Out.MarkupLine("  " + Highlight(hit.Snippet, colour));
            }

            // The limit cuts what is shown, not what matched: say both when they differ.
            var total = hits.Count < shown ? hits.Count : store.CountMatches(text);
            terminal.Info(total > hits.Count
                ? string.Create(CultureInfo.InvariantCulture, $"[dim]{total:N0} matches; the best {hits.Count:N0} are shown. Raise --limit to see more.[/]")
                : string.Create(CultureInfo.InvariantCulture, $"[dim]{total:N0} {(total == 1 ? "match" : "matches")}.[/]"));
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>Turns the store's [ ] match markers into Spectre highlighting, escaping everything else.</summary>
    internal static string Highlight(string snippet, bool colour)
    {
        var builder = new StringBuilder(snippet.Length + 32);
        var open = false;
        foreach (var c in snippet)
        {
            switch (c)
            {
                case '[' when !open:
                    builder.Append(colour ? "[bold yellow]" : "[[");
                    open = true;
                    break;
                case ']' when open:
                    builder.Append(colour ? "[/]" : "]]");
                    open = false;
                    break;
                case '\n' or '\r' or '\t':
                    // A snippet is shown on one line: the article's line breaks become spaces.
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(Terminal.Text(c.ToString()));
                    break;
            }
        }

        if (open && colour)
        {
            builder.Append("[/]");
        }

        return builder.ToString();
    }
}
