namespace Backchannel.Tagging;

/// <summary>Tag accuracy of a tagger on annotated sentences, overall and for words absent from its training data.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="Correct">Tokens whose predicted tag equals the gold tag.</param>
/// <param name="UnknownTokens">Tokens whose word form the tagger never saw in training.</param>
/// <param name="UnknownCorrect">Unknown tokens tagged correctly.</param>
public sealed record PosEvaluation(int Sentences, int Tokens, int Correct, int UnknownTokens, int UnknownCorrect)
{
    /// <summary>Overall accuracy in percent.</summary>
    public double Accuracy => Percent(Correct, Tokens);

    /// <summary>Accuracy on known words in percent.</summary>
    public double KnownAccuracy => Percent(Correct - UnknownCorrect, Tokens - UnknownTokens);

    /// <summary>Accuracy on unknown words in percent.</summary>
    public double UnknownAccuracy => Percent(UnknownCorrect, UnknownTokens);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
