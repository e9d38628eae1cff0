using Backchannel.Documents;
using Backchannel.Numbers;
using Backchannel.Numbers.Evaluation;
using Backchannel.Pipeline;
using Backchannel.Tests.Support;
using Backchannel.Text;

namespace Backchannel.Tests.Numbers;

public sealed class NumberComponentTests
{
    [Fact]
    public void Default_pipeline_assigns_quantities_in_text_order_without_overlaps()
    {
        var document = DefaultPipeline.Create().Process(new Document("Some 40 envoys met. Costs rose 5% to $2bn, a third more.", new DocumentMetadata()));

        var quantities = document.Get(NumberLayers.Quantities);
        Assert.Equal(4, quantities.Length);
        for (var i = 1; i < quantities.Length; i++)
        {
            Assert.True(quantities[i].Start >= quantities[i - 1].End);
        }
    }

    [Fact]
    public void UseNumbers_twice_adds_one_component_that_needs_tokens_and_sentences()
    {
        var builder = new PipelineBuilder().UseTokenizer().UseNumbers().UseNumbers();

        Assert.Equal(2, builder.Components.Count);
        Assert.Equal([TextLayers.Tokens, TextLayers.Sentences], builder.Components[1].Requires);
        Assert.Equal([NumberLayers.Quantities], builder.Components[1].Assigns);
    }

    [Fact]
    public void Text_without_numbers_gets_an_empty_layer()
    {
        var document = DefaultPipeline.Create().Process(new Document("Envoys met and talked at length.", new DocumentMetadata()));

        Assert.Empty(document.Get(NumberLayers.Quantities));
    }

    [Fact]
    public void Hand_labelled_phrases_are_read_almost_all_right()
    {
        var rows = QuantityGoldFile.Read(Path.Combine(RepoPaths.Root, "tests", "Backchannel.Tests", "Fixtures", "Numbers", "quantities.tsv"));

        var result = QuantityGoldEvaluator.Evaluate(rows);

        Assert.True(rows.Count >= 120);
        Assert.True(result.Accuracy >= 0.95, string.Join("\n", result.Misses));
    }

    [Fact]
    public void Gold_file_with_a_missing_field_is_reported_as_malformed()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bad.tsv");
        File.WriteAllText(path, "Ten people came.\t-\tcardinal\t10\n");

        var error = Assert.Throws<Backchannel.Errors.BackchannelException>(() => QuantityGoldFile.Read(path));
        Assert.Equal(Backchannel.Errors.ErrorCode.Malformed, error.Error.Code);
    }
}
