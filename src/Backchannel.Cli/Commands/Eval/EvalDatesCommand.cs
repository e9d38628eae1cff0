using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Backchannel.Dates;
using Backchannel.Dates.Evaluation;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval dates --timeml DIR... [--errors FILE]</c>: runs the TIMEX3 recogniser on every .tml file under the folders,
/// anchored on each file's creation time, and prints strict and relaxed extent scores and value accuracy per type.
/// The last line is <c>value-accuracy &lt;percent&gt;</c>.
/// </summary>
internal static class EvalDatesCommand
{
    public static Command Create()
    {
        var timeml = new Option<string[]>("--timeml")
        {
            Description = "Folder(s) searched recursively for TimeML (.tml) files, e.g. TempEval-3 TBAQ's TimeBank and AQUAINT.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<string?>("--errors") { Description = "Write every miss, spurious timex and wrong value to this tab-separated file." };
        var command = new Command("dates", "Evaluate the date and time (TIMEX3) recogniser on TimeML.") { timeml, errors };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var files = DocumentDateEvaluator.FindFiles(parseResult.GetValue(timeml) ?? []);

                // The same stages analyze runs before dates, so tense comes from our own POS tags as it does there.
                var pipeline = new PipelineBuilder().UseTokenizer().UseTagger().UseDates().Build();
                var scorer = new TimexScorer();
                var elapsed = TimeSpan.Zero;
                var characters = 0L;
                foreach (var (folder, file) in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = TimeMlReader.Read(file);
                    var clock = Stopwatch.StartNew();
                    var metadata = new DocumentMetadata
                    {
                        Published = document.CreationDate is { } dct ? new DateTimeOffset(dct.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    };
                    var found = pipeline.Process(new Document(document.Text, metadata), cancellationToken).Get(DateLayers.Timexes);
                    elapsed += clock.Elapsed;
                    characters += document.Text.Length;
                    scorer.Add(Path.GetRelativePath(folder, file), document.Text, document.Gold, found);
                }

                Print(scorer, elapsed, characters, output);
                if (parseResult.GetValue(errors) is { } errorsPath)
                {
                    WriteMismatches(scorer, errorsPath);
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value-accuracy {scorer.Overall.ValueAccuracy:F2}"));
                return Task.FromResult(0);
            }
            catch (BackchannelException ex)
            {
                error.WriteLine(ex.Error.ToString());
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static void Print(TimexScorer scorer, TimeSpan elapsed, long characters, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {scorer.Documents}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold {scorer.Overall.Gold} system {scorer.Overall.System}"));
        output.WriteLine("type       gold  sys   strict P/R/F1        relaxed P/R/F1       value-acc type+value (value only)");
        foreach (var type in (TimexType[])[TimexType.Date, TimexType.Time, TimexType.Duration, TimexType.Set])
        {
            PrintRow(type.ToString().ToUpperInvariant(), scorer.For(type), output);
        }

        PrintRow("overall", scorer.Overall, output);
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed {characters / seconds / 1e6:F2} M chars/s (tokenize + POS + recognise, one thread, first pass incl. JIT)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type-accuracy {scorer.Overall.TypeAccuracy:F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value-only-accuracy {scorer.Overall.ValueOnlyAccuracy:F2}"));
    }

    private static void PrintRow(string name, TimexCounts c, TextWriter output)
        => output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-9} {c.Gold,5} {c.System,5}   {c.StrictPrecision,5:F1} {c.StrictRecall,5:F1} {c.StrictF1,5:F1}    {c.RelaxedPrecision,5:F1} {c.RelaxedRecall,5:F1} {c.RelaxedF1,5:F1}    {c.ValueAccuracy,5:F1} ({c.ValueOnlyAccuracy:F1})"));

    private static void WriteMismatches(TimexScorer scorer, string path)
    {
        try
        {
            using var writer = new StreamWriter(path);
            writer.WriteLine("document\tkind\tgold_text\tgold_type\tgold_value\tgold_mod\tsystem_text\tsystem_type\tsystem_value\tsystem_mod\tcontext");
            foreach (var m in scorer.Mismatches)
            {
                writer.WriteLine(string.Join('\t', m.Document, m.Kind, Clean(m.GoldText), m.Gold?.TypeName, m.Gold?.Value, m.Gold?.Mod, Clean(m.SystemText), m.System?.TypeName, m.System?.Value, m.System?.Mod, Clean(m.Context)));
            }
        }
        catch (IOException ex)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.OutputFailed, ex.Message, path));
        }
    }

    private static string? Clean(string? text) => text?.Replace('\t', ' ').Replace('\n', ' ');
}
