using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Formats.Conll;
using Backchannel.Learning;
using Backchannel.Tagging;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval chunk --conll FILE [--model FILE] [--pos-model FILE] [--gold-pos]</c>: exact-match chunk
/// precision, recall and F1 per type and overall (conlleval style). The last line is <c>F1 &lt;percent&gt;</c>.
/// </summary>
internal static class EvalChunkCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 file whose chunk column (IOB1) is the gold standard.", Required = true };
        var model = new Option<string?>("--model") { Description = "Chunker model file (default: the shipped chunk-en.bin)." };
        var posModel = new Option<string?>("--pos-model") { Description = "Tagger model file (default: the shipped pos-en.bin)." };
        var goldPos = new Option<bool>("--gold-pos") { Description = "Read POS tags from the file instead of predicting them." };
        var command = new Command("chunk", "Evaluate the phrase chunker.") { conll, model, posModel, goldPos };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var sentences = ConllReader.ReadFile(parseResult.GetValue(conll)!);
                var modelPath = parseResult.GetValue(model);
                var posPath = parseResult.GetValue(posModel);
                var chunker = modelPath is null ? Chunker.Shipped : new Chunker(SequenceModelFile.Load(modelPath));
                var tagger = parseResult.GetValue(goldPos) ? null : posPath is null ? PosTagger.Shipped : PosTagger.Load(posPath);
                var score = ChunkEvaluator.Evaluate(chunker, sentences, tagger, cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentences {score.Sentences}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens {score.Tokens}"));
                output.WriteLine(tagger is null ? "pos gold" : "pos predicted");
                foreach (var (type, counts) in score.ByType)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-6} precision {counts.Precision,6:F2} recall {counts.Recall,6:F2} F1 {counts.F1,6:F2} (gold {counts.Gold}, predicted {counts.Predicted})"));
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {score.Overall.Precision:F2}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {score.Overall.Recall:F2}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {score.Overall.F1:F2}"));
                return Task.FromResult(0);
            }
            catch (BackchannelException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ex.Error.ToString());
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
