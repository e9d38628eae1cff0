using Backchannel.Errors;
using Backchannel.Formats.Conll;

namespace Backchannel.Tests.Formats;

public sealed class ConllReaderTests
{
    [Theory]
    [InlineData("-DOCSTART- -X- O O\n\nOslo NNP I-NP I-LOC\nwins VBZ I-VP O\n\nRain NN I-NP O\n\n-DOCSTART- -X- O O\n\nLima NNP I-NP I-LOC\n")]
    [InlineData("Oslo NNP I-NP I-LOC\nwins VBZ I-VP O\n\nRain NN I-NP O\n\n-DOCSTART- -X- O O\n\nLima NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n")]
    public void Docstart_before_or_after_each_document_gives_the_same_documents(string text)
    {
        var sentences = ConllReader.Read(new StringReader(text));

        Assert.Equal(3, sentences.Count);
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Document));
        Assert.Equal(["Oslo", "wins"], sentences[0].Words.ToArray());
        Assert.Equal(["I-LOC", "O"], sentences[0].Column(2).ToArray());
        Assert.Equal(["NNP", "VBZ"], sentences[0].Column(0).ToArray());
    }

    [Fact]
    public void A_line_with_missing_columns_is_reported_with_its_number()
    {
        var error = Assert.Throws<BackchannelException>(() => ConllReader.Read(new StringReader("a DT B-NP O\nb NN\n"), "x.conll")).Error;

        Assert.Equal(ErrorCode.Malformed, error.Code);
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }
}
