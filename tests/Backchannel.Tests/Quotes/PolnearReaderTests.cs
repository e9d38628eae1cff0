using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Quotes.Polnear;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Quotes;

public sealed class PolnearReaderTests
{
    // Hand-written article and brat lines in PolNeAR's layout (not corpus text).
    private const string Text = "\"We will wait,\" the mayor said, \"and then decide.\" Rain is expected, forecasters warned.";

    private static readonly string[] s_ann =
    [
        "T1\tContent 0 15;32 50\t\"We will wait,\" \"and then decide.\"",
        "T2\tSource 16 25\tthe mayor",
        "T3\tCue 26 30\tsaid",
        "T4\tAttribution 26 30\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tContent 51 67\tRain is expected",
        "T6\tCue 69 87\tforecasters warned",
        "T7\tAttribution-no-source 69 87\tforecasters warned",
        "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
        "T8\tDiscard 0 5\t\"We w",
        "#1\tAnnotatorNotes T1\ta note",
    ];

    [Fact]
    public void ReadsDiscontinuousContentCueAndSource()
    {
        var attributions = PolnearReader.Parse(s_ann, Text.Length);
        Assert.Equal(2, attributions.Length);
        var first = attributions[0];
        Assert.Equal(new[] { new TextSpan(0, 15), new TextSpan(32, 50) }, first.Content.ToArray());
        Assert.Equal("the mayor", Text[first.Source[0].Start..first.Source[0].End]);
        Assert.Equal("said", Text[first.Cue[0].Start..first.Cue[0].End]);
    }

    [Fact]
    public void AttributionWithoutSourceHasAnEmptySource()
    {
        var second = PolnearReader.Parse(s_ann, Text.Length)[1];
        Assert.Empty(second.Source);
        Assert.Single(second.Cue);
    }

    [Fact]
    public void SpansPastTheTextAreDropped()
    {
        Assert.Empty(PolnearReader.Parse(["T1\tContent 0 500\tx", "T2\tCue 0 2\tx", "E1\tAttribution:T3 Content:T1 Cue:T2"], 100));
    }

    [Fact]
    public void ReadsOneAnnotationPerArticleTheFirstInOrder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("dev/text"));
        Directory.CreateDirectory(folder.File("dev/attributions"));
        File.WriteAllText(folder.File("dev/text/a-story.txt"), Text);
        File.WriteAllLines(folder.File("dev/attributions/a-story_bb22.ann"), s_ann.Take(5));
        File.WriteAllLines(folder.File("dev/attributions/a-story_aa11.ann"), s_ann);
        var documents = PolnearReader.ReadFolder(PolnearFolders.Split(folder.Path, "dev"));
        var document = Assert.Single(documents);
        Assert.Equal("a-story_aa11.ann", document.AnnotationFile);
        Assert.Equal(2, document.Attributions.Length);
    }

    [Fact]
    public void TheTestSplitIsRefused()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("test/text"));
        var error = Assert.Throws<BackchannelException>(() => PolnearFolders.Split(folder.File("test"), "dev"));
        Assert.Equal(ErrorCode.BadOption, error.Error.Code);
        Assert.Throws<BackchannelException>(() => PolnearFolders.Split(folder.Path, "test"));
    }
}
