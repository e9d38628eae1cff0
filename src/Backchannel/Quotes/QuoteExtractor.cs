using Backchannel.Documents;
using Backchannel.Entities;

namespace Backchannel.Quotes;

/// <summary>
/// Finds the quotes of an analysed document: the quote model tags tokens, <see cref="AttributionGrouper"/> groups
/// the tags around cues, <see cref="QuoteBuilder"/> makes the records. Thread-safe; scratch is per thread.
/// </summary>
public sealed class QuoteExtractor
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly QuoteModel? _model;

    /// <summary>Uses <paramref name="model"/>, or the shipped model (loaded on first use) when null.</summary>
    public QuoteExtractor(QuoteModel? model = null) => _model = model;

    /// <summary>The model in use.</summary>
    public QuoteModel Model => _model ?? QuoteModel.Shipped;

    /// <summary>
    /// Appends the quotes of <paramref name="document"/>, which must carry tokens, sentences, POS tags, chunks,
    /// lemmas and entities.
    /// </summary>
    public void Extract(Document document, List<Quote> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var scratch = t_scratch ??= new Scratch();
        var input = scratch.Input;
        input.Load(document);
        if (input.Count == 0)
        {
            return;
        }

        var labels = scratch.Labels(input.Count);
        labels.Clear();
        Model.Label(input, labels);
        scratch.Attributions.Clear();
        AttributionGrouper.Group(input, labels, scratch.Attributions);
        var entities = document.Get(EntityLayers.Entities).AsSpan();
        QuoteBuilder.Build(input, scratch.Attributions, entities, output);
        QuestionAnswerQuotes.Add(input, entities, output);
    }

    private sealed class Scratch
    {
        private int[] _labels = new int[1024];

        public QuoteInput Input { get; } = new();

        public List<Attribution> Attributions { get; } = [];

        public Span<int> Labels(int n)
        {
            if (_labels.Length < n)
            {
                _labels = new int[n * 2];
            }

            return _labels.AsSpan(0, n);
        }
    }
}
