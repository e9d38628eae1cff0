using System.CommandLine;
using System.Text;
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
        var command = new Command("search", "Search the stored documents.") { query, db, limit };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var path = parseResult.GetValue(db)!;
            if (!File.Exists(path))
            {
                terminal.Problem(new BackchannelError(ErrorCode.PathNotFound, "No store here.", path, "Run 'backchannel analyze' first, or point --db at an existing store."));
                return ExitCode.Usage;
            }

            using var store = DocumentStore.Open(path);
            var hits = store.Search(parseResult.GetValue(query) ?? "", Math.Max(1, parseResult.GetValue(limit)));
            if (hits.Count == 0)
            {
                terminal.Info("No matches.");
                return ExitCode.Success;
            }

            // Without colour (pipes, NO_COLOR) the match markers stay visible as [ ] instead.
            var colour = terminal.Out.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
            foreach (var hit in hits)
            {
                terminal.Out.MarkupLine($"[bold]{Markup.Escape(hit.Title ?? "(untitled)")}[/]  [dim]{Markup.Escape(hit.Id)} {Markup.Escape(hit.Path ?? "")}[/]");
                terminal.Out.MarkupLine("  " + Highlight(hit.Snippet, colour));
            }

            terminal.Info($"[dim]{hits.Count} match(es).[/]");
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
                default:
                    builder.Append(Markup.Escape(c.ToString()));
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
