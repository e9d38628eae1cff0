using System.CommandLine;
using System.Globalization;
using System.Text;
using Backchannel.Cli.Options;
using Backchannel.Errors;
using Backchannel.Quotes;
using Backchannel.Storage;
using Spectre.Console;

namespace Backchannel.Cli.Commands;

/// <summary><c>backchannel search "query"</c>: full-text search over the store, with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words to find; stems match (negotiate finds negotiations); end a word with * for a prefix. May be left out with --speaker.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "",
        };
        var speaker = new Option<string?>("--speaker") { Description = "List the quotes and reported statements of speakers whose name contains this (\"Witkoff\" finds \"Steve Witkoff\"), in the documents the query finds when one is given." };
        var db = new Option<string>("--db") { Description = "SQLite store to search.", DefaultValueFactory = _ => "backchannel.db" };
        var limit = new Option<int>("--limit") { Description = "Most matches to show.", DefaultValueFactory = _ => 20 };
        var lockTimeout = StoreOptions.LockTimeout();
        var command = new Command("search", "Search the stored documents, or the statements of a speaker.") { query, db, limit, lockTimeout, speaker };
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

            var text = parseResult.GetValue(query) ?? "";
            var who = parseResult.GetValue(speaker);
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(who))
            {
                terminal.Problem(new BackchannelError(ErrorCode.BadOption, "Nothing to search for.", Hint: "Give words to find, or --speaker NAME; see 'backchannel search --help'."));
                return ExitCode.Usage;
            }

            using var store = DocumentStore.Open(path, TimeProvider.System, timeout);
            var shown = Math.Max(1, parseResult.GetValue(limit));
            if (!string.IsNullOrWhiteSpace(who))
            {
                return SpeakerQuotes(terminal, store, who, text, shown);
            }

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

    // The statements of one speaker, each with its document: the quote in full, who (as written and as resolved),
    // the cue and any relay.
    private static int SpeakerQuotes(Terminal terminal, DocumentStore store, string who, string query, int shown)
    {
        var codec = new QuoteCodec();
        var found = store.FindAnnotations(codec.Layer, QuoteCodec.SpeakerPaths, who, query, shown + 1);
        if (found.Count == 0)
        {
            terminal.Info($"No statements by a speaker matching '{Terminal.Text(who)}'.");
            return ExitCode.Success;
        }

        foreach (var (document, row) in found.Take(shown))
        {
            var quote = codec.Decode(row);
            var speaker = quote.Speaker is { } s ? (s.Name is { } name && name != s.Text ? $"{name} (\"{s.Text}\")" : s.Text) + (s.Anonymous ? ", unnamed source" : "") : "?";
            terminal.Out.MarkupLine($"[bold]{Terminal.Text(document.Title ?? "(untitled)")}[/]  [dim]{Terminal.Text(document.Id)} {Terminal.Text(document.Path)} @{quote.Start}[/]");
            terminal.Out.MarkupLine($"  {Terminal.Text(QuoteCodec.KindName(quote.Kind))}: \"{Terminal.Text(quote.Text)}\" [dim]— {Terminal.Text(speaker)}, {Terminal.Text(quote.Cue)}{(quote.Via is { } via ? ", via " + Terminal.Text(via) : "")}[/]");
        }

        terminal.Info(found.Count > shown
            ? string.Create(CultureInfo.InvariantCulture, $"[dim]More than {shown:N0} statements; the first {shown:N0} are shown. Raise --limit to see more.[/]")
            : string.Create(CultureInfo.InvariantCulture, $"[dim]{found.Count:N0} {(found.Count == 1 ? "statement" : "statements")}.[/]"));
        return ExitCode.Success;
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
