using System.Collections.Frozen;
using Backchannel.Text;

namespace Backchannel.Dates;

/// <summary>
/// A light tense heuristic: the tense marker nearest to a time expression in its sentence decides which way a bare
/// "Thursday" or "July" points. Markers come from Penn Treebank tags when a POS layer is present (MD will/shall,
/// VBD, VBN), otherwise from word forms (will, 'll, going to, plans to, scheduled …; said, was, regular -ed forms,
/// common irregular past forms). A participle right after "be" ("will be held") is passive, not past.
/// </summary>
internal static class TenseGuesser
{
    private static readonly FrozenDictionary<string, Tense> Markers = BuildMarkers();

    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup
        = Markers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NotPast = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "need", "bed", "red", "shed", "wed", "hundred", "sacred", "naked", "wicked", "kindred", "led", "fed", "ted", "med",
        "united", "limited", "based", "related", "interested", "concerned", "so-called", "detailed", "advanced", "armed",
        "alleged", "proposed", "supposed", "skilled", "unprecedented", "unexpected", "sustained", "ed");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastLookup = NotPast.GetAlternateLookup<ReadOnlySpan<char>>();



    /// <summary>The tense governing tokens [<paramref name="first"/>, <paramref name="last"/>] of <paramref name="sentence"/>.</summary>
    public static Tense Guess(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Sentence sentence, int first, int last, string?[]? tags)
    {
        var end = sentence.FirstToken + sentence.TokenCount;

        // Scan outwards from the expression; a quotation mark is a wall, because the words inside a quote have their
        // own tense ("'He will leave Thursday,' she said" points forward).
        var before = Tense.Unknown;
        var beforeDistance = int.MaxValue;
        for (var t = first - 1; t >= sentence.FirstToken; t--)
        {
            if (IsQuote(text, tokens[t]))
            {
                break;
            }

            var tense = Marker(text, tokens, t, sentence.FirstToken, end, tags);
            if (tense != Tense.Unknown)
            {
                before = tense;
                beforeDistance = (first - t) * 2;
                break;
            }
        }

        // Markers after the expression count slightly less: "said" after a fronted date is still its verb,
        // but in "met Tuesday and will meet Friday" the preceding verb governs.
        for (var t = last + 1; t < end && ((t - last) * 2) + 1 < beforeDistance; t++)
        {
            if (IsQuote(text, tokens[t]))
            {
                break;
            }

            var tense = Marker(text, tokens, t, sentence.FirstToken, end, tags);
            if (tense != Tense.Unknown)
            {
                return tense;
            }
        }

        return before;
    }

    private static bool IsQuote(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Quote || text[token.Start..token.End] is "''" or "``";

    private static Tense Marker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, int sentenceStart, int sentenceEnd, string?[]? tags)
    {
        var token = tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return Tense.Unknown;
        }

        var word = text[token.Start..token.End];
        var marker = MarkerLookup.TryGetValue(word, out var known) ? known : Tense.Unknown;
        if (tags is not null && t < tags.Length && tags[t] is { } tag)
        {
            marker = tag switch
            {
                // The tag confirms a verb; the word list still tells "is" (of "is to resume") apart.
                "MD" => marker == Tense.Future ? Tense.Future : Tense.Unknown,
                "VBD" => marker == Tense.Future ? Tense.Future : Tense.Past,
                "VBN" => marker == Tense.Future ? Tense.Future : Tense.Past,
                "VBZ" or "VBP" => marker is Tense.Future or Tense.Present ? marker : Tense.Unknown,
                _ => marker == Tense.Future ? Tense.Future : Tense.Unknown,
            };
        }
        else if (marker == Tense.Unknown && IsRegularPast(word))
        {
            marker = Tense.Past;
        }

        if (marker == Tense.Unknown)
        {
            return marker;
        }


        var next = t + 1 < sentenceEnd ? Word(text, tokens[t + 1]) : default;

        // "next" and "last" mark a direction only inside a time phrase ("next week", "last Friday"); "next to the
        // embassy" or "the last soldiers" say nothing about tense.
        if (IsDeicticAdjective(word) && !IsCalendarWord(next))
        {
            return Tense.Unknown;
        }

        // "had been scheduled to expire", "had planned to": a plan seen from a past vantage point is past.
        if (marker == Tense.Future && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && AfterHad(text, tokens, t, sentenceStart))
        {
            return Tense.Past;
        }

        if (RequiresTo(word))
        {
            // "plans to", and "planned for" / "planning for" / "set for" a date (but not the noun in "plans for the trip").
            var forDate = next.Equals("for", StringComparison.OrdinalIgnoreCase)
                && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("set", StringComparison.OrdinalIgnoreCase));
            return next.Equals("to", StringComparison.OrdinalIgnoreCase) || forDate ? Tense.Future : Tense.Unknown;
        }

        // "is to resume", "are to meet": be + to-infinitive announces a plan.
        if (marker == Tense.Present)
        {
            return next.Equals("to", StringComparison.OrdinalIgnoreCase) ? Tense.Future : Tense.Unknown;
        }

        if (marker == Tense.Modal)
        {
            return char.IsLower(word[0]) ? Tense.Future : Tense.Unknown;
        }

        // "will be held", "is to be signed": a participle after "be" is passive, and the modal decides.
        if (marker == Tense.Past && t > sentenceStart
            && (Word(text, tokens[t - 1]).Equals("be", StringComparison.OrdinalIgnoreCase) || Word(text, tokens[t - 1]).Equals("being", StringComparison.OrdinalIgnoreCase)))
        {
            return Tense.Unknown;
        }

        return marker;
    }

    private static bool AfterHad(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, int sentenceStart)
    {
        for (var k = t - 1; k >= sentenceStart && k >= t - 3; k--)
        {
            var before = Word(text, tokens[k]);
            if (before.Equals("had", StringComparison.OrdinalIgnoreCase) || before.Equals("'d", StringComparison.Ordinal))
            {
                return true;
            }

            if (!before.Equals("been", StringComparison.OrdinalIgnoreCase) && !before.Equals("previously", StringComparison.OrdinalIgnoreCase)
                && !before.Equals("originally", StringComparison.OrdinalIgnoreCase) && !before.Equals("already", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsDeicticAdjective(ReadOnlySpan<char> word)
        => word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase);

    private static bool IsCalendarWord(ReadOnlySpan<char> word)
        => DateLexicon.Find(word).Kind is DateWordKind.Unit or DateWordKind.Weekday or DateWordKind.Month or DateWordKind.Season;

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text[token.Start..token.End];

    private static bool RequiresTo(ReadOnlySpan<char> word)
        => word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.StartsWith("plan", StringComparison.OrdinalIgnoreCase)
           || word.StartsWith("expect", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase)
           || word.StartsWith("intend", StringComparison.OrdinalIgnoreCase)
           || word.StartsWith("aim", StringComparison.OrdinalIgnoreCase);

    private static bool IsRegularPast(ReadOnlySpan<char> word)
        => word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
           && char.IsLower(word[0]) && !NotPastLookup.Contains(word);

    private static FrozenDictionary<string, Tense> BuildMarkers()
    {
        var markers = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in (string[])
            [
                "will", "'ll", "shall", "wo", "would", "going", "plan", "plans", "planned", "planning", "expect", "expects",
                "expected", "expecting", "scheduled", "upcoming", "set", "intend", "intends", "intended", "aim", "aims",
                "tomorrow", "next", "forthcoming", "slated",
            ])
        {
            markers[word] = Tense.Future;
        }

        foreach (var word in (string[])
            [
                "said", "was", "were", "had", "did", "told", "met", "went", "came", "made", "took", "gave", "held", "left",
                "began", "became", "found", "saw", "knew", "thought", "brought", "bought", "sent", "spent", "won", "lost",
                "fell", "rose", "paid", "got", "kept", "led", "ran", "sold", "stood", "spoke", "wrote", "flew", "struck",
                "fought", "shot", "sought", "broke", "chose", "drove", "grew", "heard", "meant", "shook", "stole", "swore",
                "taught", "threw", "understood", "wore", "withdrew", "arose", "forgave", "felt", "built", "caught", "dealt",
                "drew", "fled", "hung", "lent", "overtook", "rode", "sank", "slid", "sprang", "swept", "swung", "undertook",
                "upheld", "woke", "wound", "sat", "lay", "laid", "hid", "hit", "cut", "shut", "quit", "let", "lit", "fed",
                "slept", "spun", "spread", "stuck", "sang", "rang", "swam", "tore", "wept", "froze", "forgot", "bore",
                "bent", "bled", "clung", "crept", "dug", "fled", "knelt", "leapt", "shone", "strove",
                "ago", "yesterday", "earlier", "previously", "last",
            ])
        {
            markers[word] = Tense.Past;
        }

        markers["is"] = Tense.Present;
        markers["are"] = Tense.Present;
        foreach (var word in (string[])["can", "may", "might", "should", "must"])
        {
            markers[word] = Tense.Modal;
        }

        return markers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
