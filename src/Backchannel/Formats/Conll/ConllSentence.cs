using System.Collections.Immutable;

namespace Backchannel.Formats.Conll;

/// <summary>One sentence of a CoNLL-2003 file: the columns of each token, and the document it belongs to.</summary>
/// <param name="Document">Zero-based index of the document (documents are delimited by <c>-DOCSTART-</c> lines).</param>
/// <param name="Words">First column.</param>
/// <param name="Columns">The remaining columns per token, e.g. POS, chunk and NER tags.</param>
/// <param name="Line">One-based line number of the first token, for error messages.</param>
public sealed record ConllSentence(int Document, ImmutableArray<string> Words, ImmutableArray<ImmutableArray<string>> Columns, int Line)
{
    /// <summary>Column <paramref name="index"/> (0 = first after the word) for every token.</summary>
    public ImmutableArray<string> Column(int index)
    {
        var builder = ImmutableArray.CreateBuilder<string>(Words.Length);
        foreach (var token in Columns)
        {
            builder.Add(index < token.Length ? token[index] : "O");
        }

        return builder.MoveToImmutable();
    }
}
