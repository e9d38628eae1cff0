using System.Runtime.InteropServices;
using Backchannel.Text;

namespace Backchannel.Entities.Clustering;

/// <summary>Unlabeled text as a stream of word ids, with -1 between sentences; words are interned once.</summary>
public sealed class ClusterCorpus
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Token> _tokens = [];
    private readonly List<Sentence> _sentences = [];

    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _stream = [];

    /// <summary>Distinct words, by id.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Occurrences of each word, by id.</summary>
    public IReadOnlyList<int> Counts => _counts;

    /// <summary>Word ids in reading order, -1 after each sentence.</summary>
    public IReadOnlyList<int> Stream => _stream;

    /// <summary>Tokenizes a text with the pipeline's tokenizer and sentence splitter.</summary>
    public void AddText(string text)
    {
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(text, _tokens);
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(_tokens), _sentences);
        foreach (var sentence in _sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                Add(text.AsSpan(_tokens[i].Start, _tokens[i].Length));
            }

            _stream.Add(-1);
        }
    }

    /// <summary>Adds one already-tokenized sentence.</summary>
    public void AddSentence(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }

        _stream.Add(-1);
    }

    private void Add(ReadOnlySpan<char> word)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var id))
        {
            id = _words.Count;
            var text = word.ToString();
            _words.Add(text);
            _counts.Add(0);
            _ids[text] = id;
        }

        _counts[id]++;
        _stream.Add(id);
    }
}
