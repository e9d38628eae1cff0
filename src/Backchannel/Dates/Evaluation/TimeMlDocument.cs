using System.Collections.Immutable;

namespace Backchannel.Dates.Evaluation;

/// <summary>One TimeML file: the text inside <c>&lt;TEXT&gt;</c> (tags removed), its creation date and its gold timexes.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Text">The plain text of the <c>TEXT</c> element.</param>
/// <param name="CreationDate">The date of the TIMEX3 whose functionInDocument is CREATION_TIME, if any.</param>
/// <param name="Gold">The gold TIMEX3 elements inside <c>TEXT</c>, with offsets into <paramref name="Text"/>.</param>
public sealed record TimeMlDocument(string Path, string Text, DateOnly? CreationDate, ImmutableArray<Timex> Gold);
