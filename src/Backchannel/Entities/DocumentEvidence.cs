namespace Backchannel.Entities;

/// <summary>
/// What the rest of a document says about a word: how it is capitalised where capitals are informative, and (for
/// the second stage) which entity types the first model gave its other occurrences. News repeats names, and the
/// easy mention ("Mr Vogel said") disambiguates the hard one (a headline, a sentence start).
/// </summary>
internal sealed class DocumentEvidence
{
    private readonly Dictionary<ulong, CaseCounts> _casing = [];
    private readonly Dictionary<ulong, Types> _types = [];
    private int[] _labels = new int[1024];

    public void Observe(TokenFacts facts, int tokens)
    {
        _casing.Clear();
        _types.Clear();
        for (var i = 0; i < tokens; i++)
        {
            var informative = InformativeCapital(facts, i);
            var lower = facts.Caps[i] == WordShape.LowerCase;
            if (!informative && !lower)
            {
                continue;
            }

            var c = _casing.GetValueOrDefault(facts.Key[i]);
            _casing[facts.Key[i]] = new CaseCounts(c.Capitalised + (informative ? 1 : 0), c.Lower + (lower ? 1 : 0));
        }
    }

    /// <summary>Whether the word appears capitalised mid-sentence, or in lower case, at some other position.</summary>
    public (bool CapitalisedElsewhere, bool LowerElsewhere) Casing(TokenFacts facts, int i)
    {
        var c = _casing.GetValueOrDefault(facts.Key[i]);
        var capitalised = c.Capitalised - (InformativeCapital(facts, i) ? 1 : 0);
        var lower = c.Lower - (facts.Caps[i] == WordShape.LowerCase ? 1 : 0);
        return (capitalised > 0, lower > 0);
    }

    public void ObserveLabels(TokenFacts facts, ReadOnlySpan<int> labels)
    {
        if (_labels.Length < labels.Length)
        {
            _labels = new int[labels.Length * 2];
        }

        labels.CopyTo(_labels);
        _types.Clear();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0 && facts.Caps[i] != WordShape.NoLetters)
            {
                var t = _types.GetValueOrDefault(facts.Key[i]);
                _types[facts.Key[i]] = t.Add(TypeOf(labels[i]), 1);
            }
        }
    }

    /// <summary>The type most often given to the word's other occurrences (0 = none) and how often (capped at 3).</summary>
    public (int Type, int Count) TypeElsewhere(TokenFacts facts, int i)
    {
        var t = _types.GetValueOrDefault(facts.Key[i]);
        if (_labels[i] != 0 && facts.Caps[i] != WordShape.NoLetters)
        {
            t = t.Add(TypeOf(_labels[i]), -1);
        }

        var best = 0;
        var count = 0;
        for (var type = 1; type <= 4; type++)
        {
            var n = t.Of(type);
            if (n > count)
            {
                best = type;
                count = n;
            }
        }

        return (best, Math.Min(count, 3));
    }

    /// <summary>The first model's label index for token <paramref name="i"/>.</summary>
    public int FirstStageLabel(int i) => _labels[i];

    private static int TypeOf(int label) => 1 + ((label - 1) / 4);

    private static bool InformativeCapital(TokenFacts facts, int i) =>
        facts.Capitalised[i] && !facts.SentenceInitial[i] && !facts.Headline[i];

    private readonly record struct CaseCounts(int Capitalised, int Lower);

    private readonly record struct Types(int Per, int Org, int Loc, int Misc)
    {
        public int Of(int type) => type switch { 1 => Per, 2 => Org, 3 => Loc, _ => Misc };

        public Types Add(int type, int delta) => type switch
        {
            1 => this with { Per = Per + delta },
            2 => this with { Org = Org + delta },
            3 => this with { Loc = Loc + delta },
            _ => this with { Misc = Misc + delta },
        };
    }
}
