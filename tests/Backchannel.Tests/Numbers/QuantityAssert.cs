using Backchannel.Documents;
using Backchannel.Numbers;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Numbers;

/// <summary>Runs the tokenizer and the numbers stage over a sentence and checks what was found.</summary>
internal static class QuantityAssert
{
    private static readonly Backchannel.Pipeline.Pipeline Stages = new PipelineBuilder().UseTokenizer().UseNumbers().Build();

    public static (string Text, Quantity Quantity)[] Find(string text)
    {
        var document = Stages.Process(new Document(text, new DocumentMetadata()));
        return [.. document.Get(NumberLayers.Quantities).Select(q => (text[q.Start..q.End], q))];
    }

    /// <summary>Asserts that exactly one quantity covers <paramref name="span"/> and returns it.</summary>
    public static Quantity Single(string text, string span)
    {
        var found = Find(text);
        var match = found.Where(f => f.Text == span).ToArray();
        Assert.True(match.Length == 1, $"expected one quantity '{span}' in '{text}', found: {string.Join(" | ", found.Select(f => f.Text))}");
        return match[0].Quantity;
    }

    public static void Is(Quantity quantity, QuantityKind kind, double value, string? unit = null, string? qualifier = null, double? upper = null)
    {
        Assert.Equal(kind, quantity.Kind);
        Assert.Equal(value, quantity.Value, 6);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(qualifier, quantity.Qualifier);
        if (upper is null)
        {
            Assert.Null(quantity.UpperValue);
        }
        else
        {
            Assert.NotNull(quantity.UpperValue);
            Assert.Equal(upper.Value, quantity.UpperValue.Value, 6);
        }
    }

    /// <summary>Asserts that no quantity overlaps <paramref name="span"/>.</summary>
    public static void None(string text, string span)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var hits = Find(text).Where(f => f.Quantity.Start < start + span.Length && f.Quantity.End > start).Select(f => f.Text).ToArray();
        Assert.True(hits.Length == 0, $"'{span}' should not be a quantity in '{text}', found: {string.Join(" | ", hits)}");
    }
}
