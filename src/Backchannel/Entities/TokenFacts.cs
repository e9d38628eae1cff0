using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// Per-token facts of one document, computed once and shared by every feature that needs them (hashes of the
/// word, its lowercase form and shape, capitalisation, cluster path, gazetteer marks). Reused across documents.
/// </summary>
internal sealed class TokenFacts
{
    public ulong[] Exact = new ulong[1024];
    public ulong[] Lower = new ulong[1024];
    public ulong[] Shape = new ulong[1024];
    public ulong[] Key = new ulong[1024];
    public byte[] Caps = new byte[1024];
    public int[] Cluster = new int[1024];
    public int[] LowerCluster = new int[1024];
    public uint[] Gazetteer = new uint[1024];
    public bool[] SentenceInitial = new bool[1024];
    public bool[] Headline = new bool[1024];
    public bool[] Capitalised = new bool[1024];
    private readonly WordFactsCache _words = new();

    public void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, WordClusters clusters, Gazetteer gazetteer)
        => Compute(text, tokens, sentences, clusters, gazetteer, []);

    /// <summary>
    /// Computes the facts; a sentence whose first token is marked in <paramref name="headlineView"/> (a title-case
    /// heading) is in headline casing, as an all-caps headline is: its capitals say little. The words keep their
    /// spelling, so their clusters still speak ("Trump" is a name; "TRUMP" the model never saw).
    /// </summary>
    public void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, WordClusters clusters, Gazetteer gazetteer, ReadOnlySpan<bool> headlineView)
    {
        Ensure(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var word = ref _words.Get(text.Slice(tokens[i].Start, tokens[i].Length), clusters);
            Exact[i] = word.Exact;
            Lower[i] = word.Lower;
            Shape[i] = word.Shape;
            Key[i] = word.GazetteerKey;
            Caps[i] = word.Caps;
            Cluster[i] = word.Cluster;
            LowerCluster[i] = word.LowerCluster;
            SentenceInitial[i] = false;
        }

        foreach (var sentence in sentences)
        {
            var from = sentence.FirstToken;
            var to = from + sentence.TokenCount;
            var headline = IsHeadline(from, to) || (from < headlineView.Length && headlineView[from]);
            var seenWord = false;
            for (var i = from; i < to; i++)
            {
                Headline[i] = headline;
                if (!seenWord && Caps[i] != WordShape.NoLetters)
                {
                    SentenceInitial[i] = true;
                    seenWord = true;
                }

                Capitalised[i] = Caps[i] is WordShape.Initial or WordShape.AllCaps or WordShape.Mixed;
            }

            gazetteer.Mark(Key.AsSpan(from, to - from), Capitalised.AsSpan(from, to - from), Gazetteer.AsSpan(from, to - from));
        }
    }

    // A headline or dateline: every letter is upper case and there are enough of them to be sure.
    private bool IsHeadline(int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (Caps[i] is WordShape.LowerCase or WordShape.Initial or WordShape.Mixed)
            {
                return false;
            }

            words += Caps[i] == WordShape.AllCaps ? 1 : 0;
        }

        return words >= 1;
    }

    private void Ensure(int n)
    {
        if (Exact.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, Exact.Length * 2);
        Exact = new ulong[size];
        Lower = new ulong[size];
        Shape = new ulong[size];
        Key = new ulong[size];
        Caps = new byte[size];
        Cluster = new int[size];
        LowerCluster = new int[size];
        Gazetteer = new uint[size];
        SentenceInitial = new bool[size];
        Headline = new bool[size];
        Capitalised = new bool[size];
    }
}
