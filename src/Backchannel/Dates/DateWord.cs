namespace Backchannel.Dates;

/// <summary>A lexicon entry: the word's class, its number (month, weekday, count, keyword …) and its unit, if any.</summary>
/// <param name="Kind">The class.</param>
/// <param name="Value">Month 1–12, ISO weekday 1–7, a count, a <see cref="DateKeyword"/>, a season or part-of-day index.</param>
/// <param name="Unit">The unit a unit word, frequency adverb or "second" names.</param>
/// <param name="Plural">True for plural unit words ("years") and weekday plurals ("Mondays").</param>
internal readonly record struct DateWord(DateWordKind Kind, int Value, TimeUnit Unit = TimeUnit.None, bool Plural = false)
{
    public DateKeyword Keyword => Kind == DateWordKind.Keyword ? (DateKeyword)Value : DateKeyword.None;

    public bool Is(DateKeyword keyword) => Kind == DateWordKind.Keyword && Value == (int)keyword;
}
