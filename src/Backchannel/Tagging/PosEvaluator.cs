using Backchannel.Formats.Conll;

namespace Backchannel.Tagging;

/// <summary>Scores a <see cref="PosTagger"/> against the POS column (the first after the word) of CoNLL sentences.</summary>
public static class PosEvaluator
{
    /// <summary>Tags every sentence and counts agreements with the gold tags.</summary>
    public static PosEvaluation Evaluate(PosTagger tagger, IReadOnlyList<ConllSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        int tokens = 0, correct = 0, unknown = 0, unknownCorrect = 0;
        var predicted = new int[256];
        var forms = new WordForms();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, spans) = ConllText.Build(sentence.Words);
            if (predicted.Length < spans.Length)
            {
                predicted = new int[spans.Length * 2];
            }

            tagger.Tag(text, spans, predicted);
            forms.Load(text, spans);
            var gold = sentence.Column(0);
            for (var i = 0; i < spans.Length; i++)
            {
                var hit = string.Equals(tagger.Tags[predicted[i]], ConllText.FirstReading(gold[i]), StringComparison.Ordinal);
                var isUnknown = !tagger.Lexicon.Contains(forms.Word(i));
                tokens++;
                correct += hit ? 1 : 0;
                unknown += isUnknown ? 1 : 0;
                unknownCorrect += isUnknown && hit ? 1 : 0;
            }
        }

        return new PosEvaluation(sentences.Count, tokens, correct, unknown, unknownCorrect);
    }
}
