using Backchannel.Documents;
using Backchannel.Learning;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Tests.Support;
using Backchannel.Text;

namespace Backchannel.Tests.Learning;

/// <summary>
/// The optimised beam search (<see cref="SequenceModel.DecodeFast"/>) against a plain scalar one written here, on the
/// shipped part-of-speech model (45 labels, so the SIMD paths run) and every sentence of the samples: both must pick
/// the same labels, with and without dictionary-fixed words.
/// </summary>
public sealed class BeamDecodeReferenceTests
{
    private static readonly Backchannel.Pipeline.Pipeline Tokenizer = new PipelineBuilder().UseTokenizer().Build();

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void Optimised_beam_search_picks_the_labels_of_a_plain_one(int beam, bool useDictionary)
    {
        var tagger = PosTagger.Shipped;
        var model = tagger.Model;
        var packed = new PackedEmissions(model.Emissions, model.Labels.Length);
        var forms = new WordForms();
        var features = new FeatureSequence();
        var sentences = 0;
        var decoded = 0;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories).Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            var document = Tokenizer.Process(new Document(text, new DocumentMetadata()));
            var tokens = document.Get(TextLayers.Tokens).AsSpan();
            foreach (var sentence in document.Get(TextLayers.Sentences))
            {
                var span = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
                forms.Load(text, span);
                var fixedLabels = new int[span.Length];
                for (var i = 0; i < span.Length; i++)
                {
                    fixedLabels[i] = useDictionary ? tagger.Lexicon.FixedTag(forms.Hash(i)) : -1;
                    decoded += fixedLabels[i] < 0 ? 1 : 0;
                }

                PosFeatures.Extract(forms, features, model.Bits, fixedLabels);
                var fast = new int[span.Length];
                model.DecodeFast(features, fixedLabels, fast, beam);
                Assert.Equal(Reference(features, packed, model.Transitions.ToArray(), model.Labels.Length, fixedLabels, beam), fast);
                sentences++;
            }
        }

        Assert.True(sentences > 20, $"only {sentences} sentences");
        Assert.True(decoded > 100, $"only {decoded} positions were decoded");
    }

    // Textbook beam search: per position, every label's best surviving predecessor (lowest on ties), then the beam
    // best labels (earlier label on ties); a fixed position keeps its one label.
    private static int[] Reference(FeatureSequence sequence, PackedEmissions packed, float[] transitions, int labels, int[] fixedLabels, int beam)
    {
        var n = sequence.Length;
        var hypotheses = new List<(int Label, int Back, float Score)[]>();
        (int Label, int Back, float Score)[] previous = [(labels, 0, 0f)];
        var row = new float[packed.Stride];
        for (var t = 0; t < n; t++)
        {
            var candidates = new List<(int Label, int Back, float Score)>();
            var choices = fixedLabels[t] >= 0 ? [fixedLabels[t]] : Enumerable.Range(0, labels).ToArray();
            if (fixedLabels[t] < 0)
            {
                packed.Emit(sequence.At(t), row);
            }

            foreach (var y in choices)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var k = 0; k < previous.Length; k++)
                {
                    var s = previous[k].Score + transitions[(previous[k].Label * labels) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = k;
                    }
                }

                var score = fixedLabels[t] >= 0 ? best + packed.Sum(sequence.At(t), y) : row[y] + best;
                candidates.Add((y, arg, score));
            }

            previous = [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Label).Take(beam)];
            hypotheses.Add(previous);
        }

        var output = new int[n];
        var h = 0;
        for (var t = n - 1; t >= 0; t--)
        {
            output[t] = hypotheses[t][h].Label;
            h = hypotheses[t][h].Back;
        }

        return output;
    }
}
