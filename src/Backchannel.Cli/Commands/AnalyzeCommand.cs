using System.CommandLine;
using Backchannel.Cli.Analyze;
using Backchannel.Cli.Options;
using Backchannel.Errors;
using Backchannel.Formats;

namespace Backchannel.Cli.Commands;

/// <summary><c>backchannel analyze PATH...</c>: read, analyse, store, and report on the whole store.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders to analyse (folders recursively); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        // System.CommandLine hands an unknown "--flag" to a variadic argument as if it were a path; refuse it as a
        // usage error instead, unless such a file really exists.
        inputs.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value))
            {
                if (value.Length > 1 && value[0] == '-' && !Path.Exists(value))
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
            }
        });
        var db = new Option<string>("--db") { Description = "SQLite store to add to.", DefaultValueFactory = _ => "backchannel.db" };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report of the whole store to this file." };
        var json = new Option<string?>("--json") { Description = "Write the JSON contract (docs/FORMATS.md) of the whole store to this file." };
        var published = new Option<string?>("--published") { Description = "Use this date (YYYY-MM-DD or ISO date-time) as every document's publication date." };
        var maxSize = new Option<string?>("--max-file-size") { Description = "Refuse files larger than this (default 64MB); e.g. 200MB." };
        var maxDocument = new Option<string?>("--max-document-length")
        {
            Description = "Refuse single documents longer than this many characters (default 2M); analysis needs about 300 bytes of memory per character.",
        };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Documents per store transaction: a killed run loses at most one batch.",
            DefaultValueFactory = _ => 64,
        };
        var parallelism = new Option<int>("--parallelism") { Description = "Documents analysed at once (default: one per core)." };
        var lockTimeout = StoreOptions.LockTimeout();

        var command = new Command("analyze", "Analyse articles into the store, then report on everything stored.")
        {
            inputs, db, report, json, published, maxSize, maxDocument, batch, parallelism, lockTimeout,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var readerOptions = new ReaderOptions();
            if (parseResult.GetValue(published) is { } publishedText)
            {
                if (!PublishedDateParser.TryParse(publishedText, out var date))
                {
                    return Usage(terminal, $"'--published {publishedText}' is not a date.", "Give it as YYYY-MM-DD, e.g. --published 2026-01-20.");
                }

                readerOptions = readerOptions with { PublishedOverride = date };
            }

            if (parseResult.GetValue(maxSize) is { } sizeText)
            {
                if (!ByteSizeParser.TryParse(sizeText, out var bytes))
                {
                    return Usage(terminal, $"'--max-file-size {sizeText}' is not a size.", "Give it as a number with an optional unit, e.g. 200MB.");
                }

                readerOptions = readerOptions with { MaxFileBytes = bytes };
            }

            var maxDocumentChars = AnalyzeSettings.DefaultMaxDocumentChars;
            if (parseResult.GetValue(maxDocument) is { } lengthText)
            {
                if (!ByteSizeParser.TryParse(lengthText, out maxDocumentChars))
                {
                    return Usage(terminal, $"'--max-document-length {lengthText}' is not a length.", "Give it as a number of characters with an optional k or M, e.g. 8M.");
                }
            }

            var batchSize = parseResult.GetValue(batch);
            if (batchSize < 1)
            {
                return Usage(terminal, "'--batch-size' must be at least 1.", "Leave it out to use 64.");
            }

            if (!StoreOptions.TryGetLockTimeout(parseResult, lockTimeout, terminal, out var timeout))
            {
                return ExitCode.Usage;
            }

            var settings = new AnalyzeSettings
            {
                Inputs = parseResult.GetValue(inputs) ?? [],
                DbPath = parseResult.GetValue(db) ?? "backchannel.db",
                ReportPath = parseResult.GetValue(report),
                JsonPath = parseResult.GetValue(json),
                Reader = readerOptions,
                MaxDocumentChars = maxDocumentChars,
                BatchSize = batchSize,
                Parallelism = Math.Max(0, parseResult.GetValue(parallelism)),
                LockTimeout = timeout,
            };
            if (RunPaths.FindClash(settings) is { } clash)
            {
                terminal.Problem(clash);
                return ExitCode.Usage;
            }

            settings = settings with { Reader = settings.Reader with { Excluded = RunPaths.Excluded(settings) } };
            return await new AnalyzeRunner(settings, terminal).RunAsync(cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static int Usage(Terminal terminal, string message, string hint)
    {
        terminal.Problem(new BackchannelError(ErrorCode.BadOption, message, Hint: hint));
        return ExitCode.Usage;
    }
}
