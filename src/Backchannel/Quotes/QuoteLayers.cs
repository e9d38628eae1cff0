using Backchannel.Documents;

namespace Backchannel.Quotes;

/// <summary>The layers the quote stage assigns.</summary>
public static class QuoteLayers
{
    /// <summary>Attributed statements, ordered by start.</summary>
    public static readonly LayerKey<Quote> Quotes = new("doc.quotes");
}
