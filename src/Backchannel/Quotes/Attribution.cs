namespace Backchannel.Quotes;

/// <summary>
/// One attribution as the model's tags group it, in token indices (ranges are [start, end)): the content pieces,
/// the cue and the source (Start −1 when there is none). Internal: <see cref="QuoteBuilder"/> turns it into a
/// <see cref="Quote"/>.
/// </summary>
internal sealed class Attribution
{
    public List<(int Start, int End)> Content { get; } = [];

    public (int Start, int End) Cue { get; set; } = (-1, -1);

    public (int Start, int End) Source { get; set; } = (-1, -1);

    public int Paragraph { get; set; }

    public bool HasSource => Source.Start >= 0;
}
