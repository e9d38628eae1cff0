using System.Text;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Learning;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Entities;

/// <summary>
/// Per-token facts read from the word cache must be exactly what computing them from the characters gives, also
/// once thousands of word types have evicted each other and when the cluster set changes.
/// </summary>
public sealed class WordFactsCacheTests
{
    private static readonly Backchannel.Pipeline.Pipeline Tokenizer = new PipelineBuilder().UseTokenizer().Build();

    [Fact]
    public void Cached_facts_equal_facts_computed_from_the_characters()
    {
        var recognizer = EntityRecognizer.Load(ModelLocator.Require("ner-en.bin"));
        var facts = new TokenFacts();

        // Twice over the same text: the second pass reads words the first pass cached, where they were not evicted.
        var text = ManyWordTypes();
        AssertFacts(facts, text, recognizer.Clusters, recognizer.Gazetteer);
        AssertFacts(facts, text, recognizer.Clusters, recognizer.Gazetteer);
    }

    [Fact]
    public void A_different_cluster_set_is_not_answered_from_the_cache()
    {
        var recognizer = EntityRecognizer.Load(ModelLocator.Require("ner-en.bin"));
        var facts = new TokenFacts();
        const string text = "The envoys met in Geneva on Tuesday and the talks went on.";

        AssertFacts(facts, text, recognizer.Clusters, recognizer.Gazetteer);
        AssertFacts(facts, text, WordClusters.Empty, recognizer.Gazetteer);
        Assert.All(facts.Cluster.AsSpan(0, 12).ToArray(), c => Assert.Equal(-1, c));
    }

    private static void AssertFacts(TokenFacts facts, string text, WordClusters clusters, Gazetteer gazetteer)
    {
        var document = Tokenizer.Process(new Document(text, new DocumentMetadata()));
        var tokens = document.Get(TextLayers.Tokens).AsSpan();
        facts.Compute(text, tokens, document.Get(TextLayers.Sentences).AsSpan(), clusters, gazetteer);
        var known = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var caps = WordShape.Capitalisation(word);
            var (cluster, lowercase) = clusters.FindBoth(word);
            Assert.Equal(WordShape.Exact(0x51, word), facts.Exact[i]);
            Assert.Equal(WordShape.Lower(0x52, word), facts.Lower[i]);
            Assert.Equal(WordShape.Shape(0x53, word), facts.Shape[i]);
            Assert.Equal(Gazetteer.TokenHash(word), facts.Key[i]);
            Assert.Equal(caps, facts.Caps[i]);
            Assert.Equal(cluster, facts.Cluster[i]);
            Assert.Equal(caps is WordShape.Initial or WordShape.AllCaps ? lowercase : -1, facts.LowerCluster[i]);
            known += cluster >= 0 ? 1 : 0;
        }

        Assert.True(clusters.Count == 0 || known > tokens.Length / 4, $"only {known} of {tokens.Length} tokens have a cluster");
    }

    // More distinct words than the cache has slots, in several casings, with digits, among common words.
    private static string ManyWordTypes()
    {
        var random = new Random(11);
        var common = new[] { "the", "said", "talks", "minister", "on", "in", "Tuesday", "government", "of", "and" };
        var text = new StringBuilder();
        for (var s = 0; s < 900; s++)
        {
            for (var w = 0; w < 12; w++)
            {
                var n = random.Next(9000);
                var word = (n % 4) switch
                {
                    0 => $"word{n}",
                    1 => $"NAME{n}",
                    2 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => common[n % common.Length],
                };
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(' ');
            }

            text.Append(". ");
        }

        return text.ToString();
    }
}
