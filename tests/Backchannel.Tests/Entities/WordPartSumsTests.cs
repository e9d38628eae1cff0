using System.Text;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Learning;
using Backchannel.Pipeline;
using Backchannel.Tests.Support;
using Backchannel.Text;

namespace Backchannel.Tests.Entities;

/// <summary>
/// Summing word-only features once per word type must change nothing: every mention, label and confidence is the
/// same as when every feature of every token is looked up.
/// </summary>
public sealed class WordPartSumsTests
{
    private static readonly Backchannel.Pipeline.Pipeline Tokenizer = new PipelineBuilder().UseTokenizer().Build();

    [Fact]
    public void Cached_word_parts_give_the_same_mentions_and_confidences_as_full_lookup_on_the_samples()
    {
        var texts = Directory.EnumerateFiles(RepoPaths.Samples)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        Assert.NotEmpty(texts);

        AssertSameMentions(texts);
    }

    [Fact]
    public void Cached_word_parts_stay_exact_when_many_word_types_evict_each_other()
    {
        // Thousands of distinct words (more than the cache's slots), names among them, each seen several times in
        // different neighbourhoods and casings, in short and long sentences.
        var random = new Random(7);
        var text = new StringBuilder();
        for (var s = 0; s < 1500; s++)
        {
            var length = 3 + random.Next(s % 10 == 0 ? 60 : 20);
            for (var w = 0; w < length; w++)
            {
                var n = random.Next(6000);
                var word = (n % 3) switch
                {
                    0 => $"word{n}",
                    1 => $"Name{n}",
                    _ => n % 2 == 0 ? "the" : $"{n}",
                };
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(' ');
            }

            text.Append(s % 7 == 0 ? "Talks resumed in Vienna on Tuesday, officials said.\n" : ". ");
        }

        AssertSameMentions([text.ToString()]);
    }

    private static void AssertSameMentions(IReadOnlyList<string> texts)
    {
        var path = ModelLocator.Require("ner-en.bin");
        var cached = EntityRecognizer.Load(path);
        var full = EntityRecognizer.Load(path);
        full.CachesWordParts = false;
        Assert.True(cached.SumsWordParts, "this machine has no 256-bit SIMD, so the cached path is not exercised");
        Assert.False(full.SumsWordParts);
        var mentions = 0;
        foreach (var text in texts)
        {
            var document = Tokenizer.Process(new Document(text, new DocumentMetadata()));
            var tokens = document.Get(TextLayers.Tokens).ToArray();
            var sentences = document.Get(TextLayers.Sentences).AsSpan();
            var expected = new List<EntityMention>();
            var actual = new List<EntityMention>();
            full.Recognize(text, tokens, sentences, expected);
            cached.Recognize(text, tokens, sentences, actual);
            Assert.Equal(expected, actual);
            mentions += expected.Count;
        }

        Assert.True(mentions > 10, $"only {mentions} mentions: the comparison says little");
    }
}
