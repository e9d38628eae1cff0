using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Knowledge.Model;
using Backchannel.Linking;
using Backchannel.Linking.Evaluation;
using Backchannel.Pipeline;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval link [--gold FILE]</c>: runs the default pipeline (with the linker over the shipped knowledge
/// base) on every gold document and prints accuracy overall and per kind, every miss and every false link, recall per
/// actor, then precision, recall and F1 over links to the record (the last line is <c>f1 &lt;percent&gt;</c>). A gold id
/// may be any id the record's actor goes by: an id merged into it, or its Wikidata id.
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
                var kb = ShippedKnowledgeBase.Default;
                var scorer = new LinkScorer(id => SameAs(kb, id), id => !kb.SanctionsOn(id).IsEmpty || !kb.TermsOf(id).IsEmpty);
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

    private static IEnumerable<string> SameAs(Backchannel.Knowledge.KnowledgeBase kb, string id) =>
        kb.Get(id) is { } entity ? entity.Values(Props.MergedFrom).Concat(entity.Values(Props.WikidataId)) : [];

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
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {miss.DocumentId} \"{miss.Gold.Text}\" @{miss.Gold.Start} gold {miss.Gold.EntityId} ({miss.Gold.Kind}) -> {Describe(miss.System)}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"false links {scorer.FalseLinks.Count} (extra, over text the gold does not mark: {scorer.ExtraLinks})"));
        foreach (var miss in scorer.FalseLinks)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {miss.DocumentId} \"{miss.Gold.Text}\" @{miss.Gold.Start} gold {miss.Gold.EntityId} -> {Describe(miss.System)}"));
        }

        output.WriteLine("recall by actor (three or more gold mentions)");
        foreach (var (actor, (gold, found)) in scorer.ByActor.Where(a => a.Value.Gold >= 3).OrderByDescending(a => a.Value.Gold).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {actor,-28} {found,4}/{gold,-4} {Percent(found, gold),7:F2}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy {Percent(scorer.Correct, scorer.Gold):F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"links: gold {scorer.GoldLinks}, system {scorer.SystemLinks}, right {scorer.TruePositives}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sanctioned or office-holding: {scorer.Sensitive.Right} of {scorer.Sensitive.Links} right, precision {100 * scorer.SensitivePrecision:F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {100 * scorer.Precision:F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {100 * scorer.Recall:F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"f1 {100 * scorer.F1:F2}"));
    }

    private static string Describe(EntityLink? link) => link is { } l
        ? $"{l.EntityId} ({LinkCodec.KindName(l.Kind)}, {l.Confidence:F2}: {l.Reason})"
        : "no link";

    private static double Percent(int correct, int gold) => gold == 0 ? 0 : 100.0 * correct / gold;
}
