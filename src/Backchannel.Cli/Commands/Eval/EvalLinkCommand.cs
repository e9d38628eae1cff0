using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Linking;
using Backchannel.Linking.Evaluation;
using Backchannel.Pipeline;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval link [--gold FILE]</c>: runs the default pipeline (with the linker over the shipped knowledge
/// base) on every gold document and prints accuracy overall and per kind, then every miss. The last line is
/// <c>accuracy &lt;percent&gt;</c>.
/// </summary>
internal static class EvalLinkCommand
{
    public const string DefaultGold = "data/eval/link-gold.jsonl";

    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold file (JSON lines: one document per line with its date and labelled mentions).",
            DefaultValueFactory = _ => DefaultGold,
        };
        var command = new Command("link", "Evaluate the entity linker on gold-labelled mentions.") { gold };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var documents = LinkGoldReader.Read(parseResult.GetValue(gold) ?? DefaultGold);
                if (documents.Count == 0)
                {
                    throw new BackchannelException(new BackchannelError(ErrorCode.EmptyInput, "The gold file holds no documents.", parseResult.GetValue(gold)));
                }

                var pipeline = DefaultPipeline.Create();
                var scorer = new LinkScorer();
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var links = pipeline.Process(LinkGoldReader.ToDocument(document), cancellationToken).Get(LinkingLayers.Links);
                    scorer.Add(document, links);
                }

                Print(scorer, output);
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

    private static void Print(LinkScorer scorer, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"knowledge base {(ShippedKnowledgeBase.Exists ? "shipped" : "absent (every actor is NIL)")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {scorer.Documents}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mentions {scorer.Gold}"));
        output.WriteLine("kind          gold correct accuracy");
        foreach (var (kind, (gold, correct)) in scorer.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {gold,5} {correct,7} {Percent(correct, gold),8:F2}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"misses {scorer.Misses.Count}"));
        foreach (var miss in scorer.Misses)
        {
            var system = miss.System is { } link
                ? $"{link.EntityId} ({LinkExporter.KindName(link.Kind)}, {link.Confidence:F2}: {link.Reason})"
                : "no link";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {miss.DocumentId} \"{miss.Gold.Text}\" @{miss.Gold.Start} gold {miss.Gold.EntityId} ({miss.Gold.Kind}) -> {system}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy {Percent(scorer.Correct, scorer.Gold):F2}"));
    }

    private static double Percent(int correct, int gold) => gold == 0 ? 0 : 100.0 * correct / gold;
}
