using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Text;

namespace Backchannel.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly DocumentMetadata Meta = new() { Title = "t" };

    [Fact]
    public void Adding_a_layer_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = new Document("Envoys met today.", Meta);
        var tokens = ImmutableArray.Create(new Token(0, 6, TokenKind.Word));

        var annotated = original.With(TextLayers.Tokens, tokens);

        Assert.False(original.Has(TextLayers.Tokens));
        Assert.True(annotated.Has(TextLayers.Tokens));
        Assert.Equal("Envoys", annotated.Slice(annotated.Get(TextLayers.Tokens)[0]).ToString());
        Assert.Equal(original.Sha256, annotated.Sha256);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(3, 2)]
    [InlineData(0, 18)]
    public void A_span_outside_the_text_is_rejected(int start, int end)
    {
        var document = new Document("Envoys met today.", Meta);
        var bad = ImmutableArray.Create(new Token(start, end, TokenKind.Word));

        Assert.Throws<ArgumentOutOfRangeException>(() => document.With(TextLayers.Tokens, bad));
    }

    [Fact]
    public void Reading_a_layer_that_was_never_assigned_names_the_layer()
    {
        var document = new Document("x", Meta);

        var error = Assert.Throws<InvalidOperationException>(() => document.Get(TextLayers.Sentences));
        Assert.Contains("doc.sentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_ignores_differences_in_whitespace_only()
    {
        var a = Document.ContentHash("The talks  ended.\r\n\r\nNo deal was signed.");
        var b = Document.ContentHash("  The talks ended.\nNo deal was signed.\n");
        var c = Document.ContentHash("The talks ended. No deal was signed!");

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_whitespace_collapsed_text_even_across_chunk_boundaries()
    {
        // Long enough to span many internal chunks, with surrogate pairs and whitespace runs at every offset.
        var random = new Random(7);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 10_000)
        {
            builder.Append(random.Next(6) switch { 0 => "  \n\t", 1 => "\uD83D\uDE00", 2 => "é", 3 => "\u4E2D", _ => "word" });
        }

        var text = " \n" + builder + "\t ";
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(collapsed)));

        Assert.Equal(expected, Document.ContentHash(text));
    }

    [Fact]
    public void Id_is_derived_from_the_content_hash()
    {
        var document = new Document("Same text", Meta);
        var sameText = new Document("Same text", Meta with { Title = "Other title" });

        Assert.Equal(document.Id, sameText.Id);
        Assert.StartsWith("d", document.Id, StringComparison.Ordinal);
        Assert.Equal(13, document.Id.Length);
    }
}
