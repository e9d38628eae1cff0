using Backchannel.Formats.Conll;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// A CoNLL-2003 document rebuilt as text (words joined by spaces, one sentence per line) with its tokens,
/// sentences and gold entities, so training and evaluation run through the same code as the pipeline.
/// </summary>
/// <param name="Text">The rebuilt text, tokens and sentences.</param>
/// <param name="Gold">Gold entities per sentence, as token spans within the sentence.</param>
public sealed record ConllDocument(TokenizedText Text, IReadOnlyList<IReadOnlyList<EntitySpan>> Gold)
{
    /// <summary>Groups sentences into documents; the last column holds the IOB1 (or IOB2) entity tags.</summary>
    public static List<ConllDocument> From(IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<ConllDocument>();
        foreach (var group in sentences.GroupBy(s => s.Document))
        {
            var text = new System.Text.StringBuilder();
            var tokens = new List<Token>();
            var spans = new List<Sentence>();
            var gold = new List<IReadOnlyList<EntitySpan>>();
            foreach (var sentence in group)
            {
                var first = tokens.Count;
                var start = text.Length;
                for (var i = 0; i < sentence.Words.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ');
                    }

                    var word = sentence.Words[i];
                    tokens.Add(new Token(text.Length, text.Length + word.Length, KindOf(word)));
                    text.Append(word);
                }

                spans.Add(new Sentence(start, text.Length, first, sentence.Words.Length));
                text.Append('\n');
                var tags = sentence.Columns.Select(c => c.Length == 0 ? "O" : c[^1]).ToList();
                gold.Add(IobChunks.Read(tags));
            }

            documents.Add(new ConllDocument(new TokenizedText(text.ToString(), [.. tokens], [.. spans]), gold));
        }

        return documents;
    }

    private static TokenKind KindOf(string word) =>
        word.Any(char.IsLetter) ? (word.Any(char.IsDigit) ? TokenKind.Alphanumeric : TokenKind.Word)
        : word.Any(char.IsDigit) ? TokenKind.Number
        : TokenKind.Punctuation;
}
