using Backchannel.Diagnostics;
using Backchannel.Learning;
using Backchannel.Tagging;

namespace Backchannel.Quotes;

/// <summary>
/// The quote sequence model: labels every token of a document with source, cue or content (BIO), one paragraph at a
/// time. Read-only and thread-safe; scratch buffers are per thread.
/// </summary>
public sealed class QuoteModel
{
    /// <summary>File name of the shipped model.</summary>
    public const string ModelFileName = "quotes-en.bin";

    /// <summary>Log2 of the feature buckets of the shipped model.</summary>
    public const int DefaultBits = 20;

    private static readonly Lazy<QuoteModel> s_shipped = new(() => LoadLog.Measure("quotes", () => new QuoteModel(SequenceModelFile.Load(ModelLocator.Require(ModelFileName)))));

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Wraps a trained model whose labels are <see cref="QuoteLabels.All"/>.</summary>
    public QuoteModel(SequenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Labels.SequenceEqual(QuoteLabels.All))
        {
            throw new ArgumentException("Not a quote model: its labels differ.", nameof(model));
        }

        Model = model;
    }

    /// <summary>The shipped model, loaded once per process on first use.</summary>
    public static QuoteModel Shipped => s_shipped.Value;

    /// <summary>The sequence model.</summary>
    public SequenceModel Model { get; }

    /// <summary>Writes one label per token of <paramref name="input"/> into <paramref name="labels"/>.</summary>
    internal void Label(QuoteInput input, Span<int> labels)
    {
        var scratch = t_scratch ??= new Scratch();
        foreach (var (start, end) in input.Paragraphs)
        {
            scratch.Ensure(end - start);
            QuoteFeatures.Extract(input, start, end, scratch.Forms, scratch.NearestCue, scratch.Features, Model.Bits);
            var fixedLabels = scratch.Fixed(end - start);
            var any = false;
            for (var t = start; t < end; t++)
            {
                fixedLabels[t - start] = input.ForcedOutside[t] ? QuoteLabels.Outside : -1;
                any |= input.ForcedOutside[t];
            }

            Model.Decode(scratch.Features, any ? fixedLabels : [], labels[start..end]);
        }
    }

    private sealed class Scratch
    {
        public WordForms Forms { get; } = new();

        public FeatureSequence Features { get; } = new(256, 64);

        private int[] _fixed = new int[256];

        public int[] NearestCue { get; private set; } = new int[256];

        public Span<int> Fixed(int n)
        {
            if (_fixed.Length < n)
            {
                _fixed = new int[n * 2];
            }

            return _fixed.AsSpan(0, n);
        }

        public void Ensure(int n)
        {
            if (NearestCue.Length < n)
            {
                NearestCue = new int[n * 2];
            }
        }
    }
}
