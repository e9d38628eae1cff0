using Backchannel.Learning;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// Turns the tokens of a sentence into hashed feature rows for the sequence model. Every feature is hashed from
/// precomputed per-token hashes and a template number: no strings are built. One instance per thread.
/// </summary>
internal sealed class EntityFeatureExtractor
{
    private const ulong Seed = 0xB4C4_11E1_0000_0001UL;
    private const ulong Before = 0x0B05_0B05UL;
    private const ulong After = 0x0E05_0E05UL;

    // The cluster "word" of a position outside the sentence (a word with no cluster is -1).
    private const int OutsideSentence = -2;
    private readonly EntityFeatureGroups _groups;
    private readonly WordClusters _clusters;
    private readonly Gazetteer _gazetteer;
    private readonly int _bits;
    private readonly TokenFacts _facts = new();
    private readonly DocumentEvidence _evidence = new();
    private FeatureSequence _output = null!;
    private string _text = "";
    private Token[] _tokens = [];

    public EntityFeatureExtractor(EntityFeatureGroups groups, WordClusters clusters, Gazetteer gazetteer, int bits)
    {
        _groups = groups;
        _clusters = clusters;
        _gazetteer = gazetteer;
        _bits = bits;
    }

    /// <summary>The per-token facts of the current document.</summary>
    public TokenFacts Facts => _facts;

    /// <summary>Computes per-token facts and label-free document evidence for a whole document.</summary>
    public void BeginDocument(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences) => BeginDocument(text, tokens, sentences, []);

    /// <summary>As <see cref="BeginDocument(string, Token[], ReadOnlySpan{Sentence})"/>, putting the sentences of the marked tokens (title-case headings) in headline context.</summary>
    public void BeginDocument(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<bool> headlineView)
    {
        _text = text;
        _tokens = tokens;
        _facts.Compute(text, tokens, sentences, _clusters, _gazetteer, headlineView);
        _evidence.Observe(_facts, tokens.Length);
    }

    /// <summary>Records the first model's labels for every token of the document (second stage only).</summary>
    public void SetFirstStage(ReadOnlySpan<int> labels) => _evidence.ObserveLabels(_facts, labels);

    /// <summary>Writes one feature row per token of <paramref name="sentence"/>.</summary>
    public void Extract(Sentence sentence, FeatureSequence output, bool secondStage)
    {
        _output = output;
        output.Clear();
        var from = sentence.FirstToken;
        var to = from + sentence.TokenCount;
        for (var i = from; i < to; i++)
        {
            WordFeatures(i);
            for (var part = 1; part < WordParts.Count; part++)
            {
                var j = i + WordParts.Offset(part);
                if (j >= from && j < to)
                {
                    NeighbourFeatures(part, _facts.Lower[j], _facts.Shape[j], _facts.Cluster[j]);
                }
                else
                {
                    OutsideFeatures(part);
                }
            }

            ContextFeatures(i, from, to, secondStage);
            output.EndPosition();
        }
    }

    /// <summary>
    /// Writes one row per token of <paramref name="sentence"/> holding only the features that are not a function of
    /// one word alone: those are summed once per word type (<see cref="WordParts"/>) and added by the caller.
    /// Together with the word parts of the token and its neighbours, a row has exactly the features of
    /// <see cref="Extract"/>.
    /// </summary>
    public void ExtractContext(Sentence sentence, FeatureSequence output)
    {
        _output = output;
        output.Clear();
        var from = sentence.FirstToken;
        var to = from + sentence.TokenCount;
        for (var i = from; i < to; i++)
        {
            ContextFeatures(i, from, to, secondStage: false);
            output.EndPosition();
        }
    }

    /// <summary>
    /// Writes one row per token of <paramref name="sentence"/> holding only the second stage's own features: the
    /// rest of its row is the first stage's, whose weights are summed in the same pass as the first stage's.
    /// </summary>
    public void ExtractSecondStage(Sentence sentence, FeatureSequence output)
    {
        _output = output;
        output.Clear();
        var to = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < to; i++)
        {
            SecondStageFeatures(i);
            output.EndPosition();
        }
    }

    /// <summary>
    /// Writes the word parts of token <paramref name="i"/>, one row per part in <see cref="WordParts"/> order: what
    /// the word contributes to its own row and to the rows of the tokens it neighbours. They depend only on the
    /// word's characters, so <see cref="TokenFacts.Exact"/> identifies them.
    /// </summary>
    public void ExtractWordParts(int i, FeatureSequence output)
    {
        _output = output;
        output.Clear();
        WordFeatures(i);
        output.EndPosition();
        for (var part = 1; part < WordParts.Count; part++)
        {
            NeighbourFeatures(part, _facts.Lower[i], _facts.Shape[i], _facts.Cluster[i]);
            output.EndPosition();
        }
    }

    /// <summary>
    /// Writes the parts that a position outside the sentence contributes, one row per part in <see cref="WordParts"/>
    /// order (the first, a word's own part, stays empty): constants, since nothing of the text is in them.
    /// </summary>
    public void ExtractOutsideParts(FeatureSequence output)
    {
        _output = output;
        output.Clear();
        output.EndPosition();
        for (var part = 1; part < WordParts.Count; part++)
        {
            OutsideFeatures(part);
            output.EndPosition();
        }
    }

    /// <summary>
    /// Features of the current word alone: its forms, shape, affixes, length and clusters (and the bias, which is
    /// the same everywhere).
    /// </summary>
    private void WordFeatures(int i)
    {
        var f = _facts;
        var word = _text.AsSpan(_tokens[i].Start, _tokens[i].Length);
        Emit(T(0));
        Emit(With(T(1), f.Exact[i]));
        Emit(With(T(2), f.Lower[i]));
        Emit(With(T(9), f.Shape[i]));
        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            Emit(WordShape.Lower(T(20 + k), word[..k]));
            Emit(WordShape.Lower(T(24 + k), word[^k..]));
        }

        Emit(FeatureHash.Add(T(29), Math.Min(word.Length, 12)));
        ClusterAt(WordParts.Self, f.Cluster[i]);
    }

    /// <summary>
    /// Features of the word <c>WordParts.Offset(part)</c> positions from the current one: its lowercase form within
    /// two, its shape within one, and its clusters (all levels within one, the middle level at two).
    /// </summary>
    private void NeighbourFeatures(int part, ulong lower, ulong shape, int cluster)
    {
        var offset = WordParts.Offset(part);
        Emit(With(T(offset switch { -2 => 3, -1 => 4, 1 => 5, _ => 6 }), lower));
        if (offset is -1 or 1)
        {
            Emit(With(T(offset == -1 ? 10 : 11), shape));
        }

        ClusterAt(part, cluster);
    }

    // A neighbour position outside the sentence: a marker for before or after it, and no cluster.
    private void OutsideFeatures(int part)
    {
        var marker = WordParts.Offset(part) < 0 ? Before : After;
        NeighbourFeatures(part, marker, marker, OutsideSentence);
    }

    private void ClusterAt(int part, int word)
    {
        if ((_groups & EntityFeatureGroups.Clusters) == 0)
        {
            return;
        }

        var offset = WordParts.Offset(part);
        var levels = _clusters.Levels;
        for (var level = 0; level < levels; level++)
        {
            // Far neighbours get only the middle granularity: enough to say "a person word two to the left".
            if (offset is -2 or 2 && level != levels / 2)
            {
                continue;
            }

            var id = word >= 0 ? _clusters.Id(word, level) : word;
            Emit(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(T(30), offset + 2), level), id));
        }
    }

    // Everything that depends on more than one word or on where the word stands: word pairs and triples,
    // capitalisation in context, list membership, document evidence and the second stage's own features.
    private void ContextFeatures(int i, int from, int to, bool secondStage)
    {
        var f = _facts;
        Emit(With(With(T(7), LowerAt(i - 1, from, to)), f.Lower[i]));
        Emit(With(With(T(8), f.Lower[i]), LowerAt(i + 1, from, to)));
        Emit(With(With(With(T(12), ShapeAt(i - 1, from, to)), f.Shape[i]), ShapeAt(i + 1, from, to)));

        // Capitalisation in context: a capital means little sentence-initially or in an all-caps headline.
        var context = (f.SentenceInitial[i] ? 1 : 0) | (f.Headline[i] ? 2 : 0);
        Emit(FeatureHash.Add(FeatureHash.Add(T(13), f.Caps[i]), context));
        Emit(FeatureHash.Add(With(T(14), f.Lower[i]), context));
        Emit(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(T(15), f.Caps[i]), CapsAt(i - 1, from, to)), CapsAt(i + 1, from, to)));
        Emit(With(FeatureHash.Add(T(16), f.Caps[i]), LowerAt(i - 1, from, to)));
        if ((_groups & EntityFeatureGroups.Clusters) != 0)
        {
            ClusterContextFeatures(i, from);
        }

        if ((_groups & EntityFeatureGroups.Gazetteers) != 0)
        {
            GazetteerFeatures(i, from, to);
        }

        if ((_groups & EntityFeatureGroups.DocumentContext) != 0)
        {
            DocumentFeatures(i);
        }

        if (secondStage)
        {
            SecondStageFeatures(i);
        }
    }

    private void ClusterContextFeatures(int i, int from)
    {
        var levels = _clusters.Levels;

        // Whether a capitalised word is common in lower case in the unlabeled text ("Envoys" → "envoys"), and that
        // form's cluster: what decides a capital at the start of a sentence or in a headline.
        var lower = _facts.LowerCluster[i];
        if (_facts.Caps[i] is WordShape.Initial or WordShape.AllCaps)
        {
            var context = (_facts.SentenceInitial[i] ? 1 : 0) | (_facts.Headline[i] ? 2 : 0);
            Emit(FeatureHash.Add(FeatureHash.Add(T(32), context), lower >= 0 ? 1 : 0));
            if (lower >= 0)
            {
                Emit(FeatureHash.Add(FeatureHash.Add(T(33), context), _clusters.Id(lower, levels / 2)));
            }
        }

        if (_facts.Cluster[i] >= 0 && i > from && _facts.Cluster[i - 1] >= 0)
        {
            var level = levels / 2;
            Emit(FeatureHash.Add(FeatureHash.Add(T(31), _clusters.Id(_facts.Cluster[i - 1], level)), _clusters.Id(_facts.Cluster[i], level)));
        }
    }

    private void GazetteerFeatures(int i, int from, int to)
    {
        var marks = _facts.Gazetteer[i];
        for (var bit = 0; marks != 0; bit++, marks >>= 1)
        {
            if ((marks & 1) != 0)
            {
                Emit(FeatureHash.Add(T(40), bit));
                Emit(FeatureHash.Add(FeatureHash.Add(T(41), bit), _facts.Caps[i]));
            }
        }

        // Neighbours' list membership (type only): "lives in [City]" and "[First name] X".
        for (var offset = -1; offset <= 1; offset += 2)
        {
            var j = i + offset;
            var neighbour = j >= from && j < to ? _facts.Gazetteer[j] : 0;
            for (var type = 0; neighbour != 0; type++, neighbour >>= 4)
            {
                if ((neighbour & 0xF) != 0)
                {
                    Emit(FeatureHash.Add(FeatureHash.Add(T(42), offset), type));
                }
            }
        }
    }

    private void DocumentFeatures(int i)
    {
        if (_facts.Caps[i] == WordShape.NoLetters)
        {
            return;
        }

        var (capitalisedElsewhere, lowerElsewhere) = _evidence.Casing(_facts, i);
        var context = (_facts.SentenceInitial[i] ? 1 : 0) | (_facts.Headline[i] ? 2 : 0);
        var state = (capitalisedElsewhere ? 1 : 0) | (lowerElsewhere ? 2 : 0);
        Emit(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(T(50), _facts.Caps[i]), context), state));
    }

    private void SecondStageFeatures(int i)
    {
        var (majority, share) = _evidence.TypeElsewhere(_facts, i);
        Emit(FeatureHash.Add(FeatureHash.Add(T(60), majority), share));
        Emit(FeatureHash.Add(FeatureHash.Add(T(61), majority), _facts.Caps[i]));
        Emit(FeatureHash.Add(T(62), _evidence.FirstStageLabel(i)));
    }

    private ulong LowerAt(int j, int from, int to) => j < from ? Before : j >= to ? After : _facts.Lower[j];

    private ulong ShapeAt(int j, int from, int to) => j < from ? Before : j >= to ? After : _facts.Shape[j];

    private int CapsAt(int j, int from, int to) => j < from ? 10 : j >= to ? 11 : _facts.Caps[j];

    private void Emit(ulong hash) => _output.Add(FeatureHash.Bucket(hash, _bits));

    private static ulong T(int template) => FeatureHash.Add(Seed, template);

    private static ulong With(ulong hash, ulong value) => FeatureHash.Add(FeatureHash.Add(hash, (int)value), (int)(value >> 32));
}
