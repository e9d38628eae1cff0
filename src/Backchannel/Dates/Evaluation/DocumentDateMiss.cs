namespace Backchannel.Dates.Evaluation;

/// <summary>A document whose inferred date is not its gold creation date.</summary>
/// <param name="Document">The file, relative to the folder it was found in.</param>
/// <param name="Inferred">The date inferred from the text.</param>
/// <param name="Gold">The creation date the file records.</param>
public sealed record DocumentDateMiss(string Document, DateOnly Inferred, DateOnly Gold);
