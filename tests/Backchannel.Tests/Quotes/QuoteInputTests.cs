using Backchannel.Quotes;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Tests.Quotes;

public sealed class QuoteInputTests
{
    private static (QuoteInput Input, string Text) Load(string text)
    {
        var document = PolnearAnalyzer.CreatePipeline().Process(new Backchannel.Documents.Document(text, new Backchannel.Documents.DocumentMetadata()));
        var input = new QuoteInput();
        input.Load(document);
        return (input, text);
    }

    private static byte StateOf(QuoteInput input, string word)
    {
        for (var i = 0; i < input.Count; i++)
        {
            if (input.Word(i).SequenceEqual(word))
            {
                return input.QuoteState[i];
            }
        }

        throw new InvalidOperationException(word + " not found");
    }

    [Fact]
    public void TwoApostrophesActAsADoubleQuote()
    {
        var (input, _) = Load("The mayor said, ''We shall rebuild the bridge,'' and left the room.");
        Assert.Equal(QuoteInput.Inside, StateOf(input, "rebuild"));
        Assert.Equal(QuoteInput.Outside, StateOf(input, "left"));
    }

    [Fact]
    public void AnOpenQuoteContinuesToTheEndOfItsParagraphOnly()
    {
        var (input, _) = Load("“We waited for hours. Nobody came.\n\n“Then the trucks arrived,” she said.\n\nThe town was quiet.");
        Assert.Equal(QuoteInput.Inside, StateOf(input, "Nobody"));
        Assert.True(input.Unclosed[3]);
        Assert.Equal(QuoteInput.Inside, StateOf(input, "trucks"));
        Assert.Equal(QuoteInput.Outside, StateOf(input, "quiet"));
        Assert.Equal(3, input.Paragraphs.Count);
    }

    [Fact]
    public void AShortQuotationHasItsLength()
    {
        var (input, _) = Load("The so-called \"peace dividend\" never arrived.");
        var i = Enumerable.Range(0, input.Count).First(t => input.Word(t).SequenceEqual("peace"));
        Assert.Equal(2, input.QuotedLength[i]);
    }

    [Fact]
    public void AnAnonymityClauseIsForcedOutside()
    {
        var (input, _) = Load("A senior official, speaking on condition of anonymity, said the talks had failed.");
        var speaking = Enumerable.Range(0, input.Count).First(t => input.Word(t).SequenceEqual("speaking"));
        var official = Enumerable.Range(0, input.Count).First(t => input.Word(t).SequenceEqual("official"));
        var said = Enumerable.Range(0, input.Count).First(t => input.Word(t).SequenceEqual("said"));
        Assert.True(input.ForcedOutside[speaking]);
        Assert.False(input.ForcedOutside[official]);
        Assert.False(input.ForcedOutside[said]);
    }
}
