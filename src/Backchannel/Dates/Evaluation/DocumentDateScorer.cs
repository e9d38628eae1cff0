namespace Backchannel.Dates.Evaluation;

/// <summary>
/// Scores inferred document dates against gold creation dates. Abstaining is not an error: coverage counts the
/// documents that got a date, and day and month accuracy are over those only, because a wrong date does more harm
/// downstream (it decides who held which office) than a missing one. Not thread-safe; use one per run.
/// </summary>
public sealed class DocumentDateScorer
{
    private readonly List<DocumentDateMiss> _wrong = [];

    /// <summary>Documents scored (those with a gold date).</summary>
    public int Documents { get; private set; }

    /// <summary>Documents that got an inferred date.</summary>
    public int Dated { get; private set; }

    /// <summary>Dated documents whose date is the gold day.</summary>
    public int RightDay { get; private set; }

    /// <summary>Dated documents whose date is in the gold month (of the gold year).</summary>
    public int RightMonth { get; private set; }

    /// <summary>Documents whose text states the gold day with its year somewhere (the most a text-only method can date right).</summary>
    public int StatedInText { get; private set; }

    /// <summary>Every dated document whose date is not the gold day, in the order met.</summary>
    public IReadOnlyList<DocumentDateMiss> Wrong => _wrong;

    /// <summary>Share of documents that got a date, in percent.</summary>
    public double Coverage => Documents == 0 ? 0 : 100.0 * Dated / Documents;

    /// <summary>Share of dated documents dated to the right day, in percent; null when none was dated.</summary>
    public double? DayAccuracy => Dated == 0 ? null : 100.0 * RightDay / Dated;

    /// <summary>Share of dated documents dated within the right month, in percent; null when none was dated.</summary>
    public double? MonthAccuracy => Dated == 0 ? null : 100.0 * RightMonth / Dated;

    /// <summary>Adds one document.</summary>
    /// <param name="document">Name shown in the list of wrong dates.</param>
    /// <param name="inferred">The inferred date, or null when the inference abstained.</param>
    /// <param name="gold">The gold creation date.</param>
    /// <param name="statedInText">Whether the text states the gold day with its year.</param>
    public void Add(string document, DateOnly? inferred, DateOnly gold, bool statedInText)
    {
        ArgumentNullException.ThrowIfNull(document);
        Documents++;
        StatedInText += statedInText ? 1 : 0;
        if (inferred is not { } date)
        {
            return;
        }

        Dated++;
        RightMonth += date.Year == gold.Year && date.Month == gold.Month ? 1 : 0;
        if (date == gold)
        {
            RightDay++;
        }
        else
        {
            _wrong.Add(new DocumentDateMiss(document, date, gold));
        }
    }
}
