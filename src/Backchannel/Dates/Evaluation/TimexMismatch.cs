namespace Backchannel.Dates.Evaluation;

/// <summary>A gold timex the system missed or normalised differently, or a system timex with no gold counterpart.</summary>
/// <param name="Document">The file.</param>
/// <param name="Kind">missed, spurious or wrong.</param>
/// <param name="GoldText">The gold extent's text, if any.</param>
/// <param name="Gold">The gold timex, if any.</param>
/// <param name="SystemText">The system extent's text, if any.</param>
/// <param name="System">The system timex, if any.</param>
/// <param name="Context">Up to 80 characters of text either side, for reading the error.</param>
public sealed record TimexMismatch(string Document, string Kind, string? GoldText, Timex? Gold, string? SystemText, Timex? System, string Context);
