using Backchannel.Documents;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Tests.Tagging;

/// <summary>Runs tokenizer, tagger, chunker and lemmatizer over a hand-written text and reads the layers back.</summary>
internal static class Analyzed
{
    private static readonly Backchannel.Pipeline.Pipeline s_pipeline = new PipelineBuilder().UseTagger().UseChunker().UseLemmatizer().Build();

    public static Document Run(string text) => s_pipeline.Process(new Document(text, new DocumentMetadata()));

    /// <summary>Each token's text with its tag, e.g. <c>said/VBD</c>.</summary>
    public static string[] Tags(string text)
    {
        var document = Run(text);
        return [.. document.Get(TaggingLayers.Pos).Select(t => document.Slice(t).ToString() + "/" + t.Tag)];
    }

    /// <summary>Each chunk as <c>[NP The talks]</c>.</summary>
    public static string[] Chunks(string text)
    {
        var document = Run(text);
        return [.. document.Get(TaggingLayers.Chunks).Select(c => $"[{c.Label} {document.Slice(c)}]")];
    }

    /// <summary>Each token's lemma.</summary>
    public static string[] Lemmas(string text) => [.. Run(text).Get(TaggingLayers.Lemmas).Select(l => l.Value)];

    public static int TokenCount(Document document) => document.Get(TextLayers.Tokens).Length;
}
