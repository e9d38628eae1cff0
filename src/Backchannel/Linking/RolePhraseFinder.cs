using System.Collections.Concurrent;
using System.Collections.Frozen;
using Backchannel.Entities;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// Finds phrases built around a title from the role lexicon ("the Russian foreign minister", "Ukraine's president",
/// "the secretary-general of NATO") or a relationship word after a possessive ("Hartley's son-in-law"). Each token is
/// checked against a frozen set of title words without allocating; only a hit builds strings and parses the phrase.
/// </summary>
internal sealed class RolePhraseFinder
{
    private const int MaxAnchorTokens = 4;

    // Phrases parsed so far, by their text: news repeats its titles ("the prime minister"), and parsing one builds
    // word lists and probes the record. Emptied past this many, so it cannot grow without bound.
    private const int MaxParsed = 1 << 14;

    // Titles are short ("deputy head of the presidential administration"); a lexicon with longer ones uses the heap.
    private const int MaxStackTitle = 256;

    private static readonly FrozenSet<string> LeftWords = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "its", "their", "our", "current", "sitting", "new", "former", "ex", "then", "outgoing",
         "erstwhile", "late", "acting", "interim", "caretaker", "deputy", "incoming", "future"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelationshipWords = FrozenSet.ToFrozenSet(
        ["son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "son", "daughter",
         "wife", "husband", "spouse", "brother", "sister", "father", "mother", "friend", "partner", "associate", "ally", "confidant"],
        StringComparer.OrdinalIgnoreCase);

    private readonly RoleLexicon lexicon;
    private readonly RolePhraseParser parser;
    private static readonly WordFilter RelationshipFilter = new(RelationshipWords);
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titleWords;
    private readonly WordFilter titleFilter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> leftWords = LeftWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> relationshipWords = RelationshipWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly ConcurrentDictionary<string, RolePhrase> parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RolePhrase>.AlternateLookup<ReadOnlySpan<char>> parsedBySpan;
    private int parsedMisses;

    public RolePhraseFinder(RolePhraseParser parser, RoleLexicon lexicon)
    {
        this.parser = parser;
        this.lexicon = lexicon;
        parsedBySpan = parsed.GetAlternateLookup<ReadOnlySpan<char>>();
        // Only first words: a title starts at the token that triggers it, and "of", "and", "state" inside titles would
        // otherwise send every other token to the (allocating) title matcher.
        var firstWords = lexicon.Wordings.Select(w => w.Words.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        titleWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

        // Most tokens are neither: one array read rules them out before the two hash lookups.
        titleFilter = new WordFilter(firstWords);
    }

    /// <summary>
    /// False when no title or relationship word can start at this token: a bit test or two for nearly every token of
    /// a sentence, made in the caller's one scan (<paramref name="slot"/> is the word's <see cref="WordFilter.Slot"/>).
    /// Titles and relationship words are letters, so the caller skips punctuation, quotes, brackets and symbols.
    /// </summary>
    public bool MayStartAt(ReadOnlySpan<char> word, int slot)
    {
        if (MayStartAtWord(slot))
        {
            return true;
        }

        // "vice-president" → "vice": the head before a hyphen is what starts a title.
        var head = HeadBeforeHyphen(word);
        return head.Length != word.Length && titleFilter.MayContainSlot(WordFilter.Slot(head));
    }

    /// <summary>
    /// <see cref="MayStartAt"/> for a word known to hold no hyphen (the caller checked its whole sentence at once,
    /// which spares nearly every token the search for one): the word's own slot is all that counts.
    /// </summary>
    public bool MayStartAtWord(int slot) => RelationshipFilter.MayContainSlot(slot) || titleFilter.MayContainSlot(slot);

    /// <summary>
    /// Adds the phrases of one sentence to <paramref name="output"/>, in text order. <paramref name="starts"/> holds, in
    /// order, the sentence's tokens for which <see cref="MayStartAt"/> was true; no other token can start a phrase.
    /// </summary>
    public void Find(
        string text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<PosTag> pos,
        Sentence sentence,
        ReadOnlySpan<EntityMention> entities,
        List<(int Start, int End, DescriptionAliasIndex.Entry Entry)> aliases,
        ReadOnlySpan<int> starts,
        List<FoundPhrase> output)
    {
        var last = sentence.FirstToken + sentence.TokenCount;
        var next = sentence.FirstToken;
        foreach (var i in starts)
        {
            // A title's own words do not start another phrase.
            if (i < next)
            {
                continue;
            }

            next = i + 1;
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (titleWords.Contains(HeadBeforeHyphen(word)) && MatchTitle(text, tokens, i, last) is var titleEnd and > 0)
            {
                var end = ExtendRight(text, tokens, entities, aliases, titleEnd, last, out var endToken, out var anchorId);
                var start = ExtendLeft(text, tokens, pos, entities, i, sentence.FirstToken);
                var phrase = Parse(text.AsSpan(tokens[start].Start, end - tokens[start].Start));
                if (phrase.IsRole)
                {
                    output.Add(new FoundPhrase(tokens[start].Start, end, tokens[i].Start, phrase, anchorId));
                }

                next = endToken;
            }
            else if (relationshipWords.Contains(word) && i - 2 >= sentence.FirstToken && IsPossessive(text, tokens[i - 1]))
            {
                var start = Anchor(text, tokens, entities, i - 2, sentence.FirstToken);
                var phrase = Parse(text.AsSpan(tokens[start].Start, tokens[i].End - tokens[start].Start));
                if (phrase.Relationship is not null)
                {
                    output.Add(new FoundPhrase(tokens[start].Start, tokens[i].End, tokens[i].Start, phrase));
                }
            }
        }
    }

    // The parsed phrase is immutable and depends only on its text (and the record, fixed for this finder).
    private RolePhrase Parse(ReadOnlySpan<char> phrase)
    {
        if (parsedBySpan.TryGetValue(phrase, out var known))
        {
            return known;
        }

        // Counted here: ConcurrentDictionary.Count would take every lock of the table on each new phrase.
        if (Interlocked.Increment(ref parsedMisses) > MaxParsed)
        {
            parsed.Clear();
            Interlocked.Exchange(ref parsedMisses, 1);
        }

        var text = phrase.ToString();
        return parsed.GetOrAdd(text, parser.Parse(text));
    }

    // "vice-president" → "vice". A plain loop: words are short, and this runs for every token of every sentence.
    private static ReadOnlySpan<char> HeadBeforeHyphen(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '-')
            {
                // A leading hyphen leaves the word whole, as the first hyphen is what splits it.
                return i > 0 ? word[..i] : word;
            }
        }

        return word;
    }

    /// <summary>The token index one past the longest lexicon title starting at <paramref name="first"/>, or 0.</summary>
    private int MatchTitle(string text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        // The following word tokens' keys, written one after another with single spaces (as the lexicon keys titles),
        // with where each token's key ends and the running number of words: one buffer, no strings. A key that does
        // not fit cannot be part of a title, since no title is longer than the buffer.
        Span<char> keys = lexicon.MaxLength < MaxStackTitle ? stackalloc char[MaxStackTitle] : new char[lexicon.MaxLength + 1];
        Span<int> endsAt = stackalloc int[lexicon.MaxWords];
        Span<int> wordsUpTo = stackalloc int[lexicon.MaxWords];
        var count = 0;
        var words = 0;
        var length = 0;
        for (var j = first; j < last && words < lexicon.MaxWords; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                break;
            }

            var separator = length > 0 ? 1 : 0;
            if (length + separator >= keys.Length || !TryKey(text.AsSpan(tokens[j].Start, tokens[j].Length), keys[(length + separator)..], out var keyLength))
            {
                break;
            }

            if (keyLength == 0)
            {
                break;
            }

            if (separator > 0)
            {
                keys[length] = ' ';
            }

            words += keys.Slice(length + separator, keyLength).Count(' ') + 1;
            length += separator + keyLength;
            endsAt[count] = length;
            wordsUpTo[count++] = words;
        }

        // Longest run of whole tokens whose words are a title.
        for (var t = count - 1; t >= 0; t--)
        {
            if (wordsUpTo[t] <= lexicon.MaxWords && lexicon.Find(keys[..endsAt[t]]) is not null)
            {
                return first + t + 1;
            }
        }

        return 0;
    }

    // The exact key of one token into the buffer; false when it does not fit.
    private static bool TryKey(ReadOnlySpan<char> token, Span<char> into, out int length)
    {
        if (NameKey.TryExact(token, into, out length))
        {
            return true;
        }

        var key = NameKey.Exact(token);
        length = key.Length;
        return key.AsSpan().TryCopyTo(into);
    }

    /// <summary>"… of Ukraine", "… of the Kremlin": an "of" followed by an entity mention joins the phrase.</summary>
    private static int ExtendRight(
        string text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<EntityMention> entities,
        List<(int Start, int End, DescriptionAliasIndex.Entry Entry)> aliases,
        int titleEnd,
        int last,
        out int endToken,
        out string? anchorId)
    {
        endToken = titleEnd;
        anchorId = null;
        var end = tokens[titleEnd - 1].End;
        var k = titleEnd;
        if (k + 1 >= last || !text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }

        k++;
        if (k + 1 < last && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        var at = tokens[k].Start;
        var before = tokens[k - 1].Start;
        var alias = aliases.FindIndex(a => a.Start == at || a.Start == before);
        if (alias >= 0)
        {
            while (k < last && tokens[k].End <= aliases[alias].End)
            {
                k++;
            }

            endToken = k;
            anchorId = aliases[alias].Entry.EntityId;
            return aliases[alias].End;
        }

        var mention = MentionStartingAt(entities, tokens[k].Start);
        if (mention < 0 || entities[mention].Label is EntityTypes.Person)
        {
            return end;
        }

        while (k < last && tokens[k].End <= entities[mention].End)
        {
            k++;
        }

        endToken = k;
        return entities[mention].End;
    }

    private int ExtendLeft(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, ReadOnlySpan<EntityMention> entities, int titleStart, int firstToken)
    {
        var start = titleStart;
        var anchored = false;
        for (var k = titleStart - 1; k >= firstToken; k--)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (leftWords.Contains(word) || (word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) && word.Length > 3))
            {
                start = k;
                continue;
            }

            if (anchored)
            {
                break;
            }

            if (IsPossessive(text, tokens[k]) && k - 1 >= firstToken)
            {
                start = Anchor(text, tokens, entities, k - 1, firstToken);
                anchored = true;
                continue;
            }

            var mention = MentionEndingAt(entities, tokens[k].End);
            if (mention >= 0 && entities[mention].Label is not EntityTypes.Person)
            {
                while (k > firstToken && tokens[k - 1].Start >= entities[mention].Start)
                {
                    k--;
                }

                start = k;
                anchored = true;
                continue;
            }

            // A nationality word the recogniser missed ("the Ukrainian envoy"): proper adjectives are capitalised.
            if (pos[k].Tag is "JJ" or "NNP" && char.IsUpper(word[0]))
            {
                start = k;
                anchored = true;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>The first token of the possessor ending at <paramref name="k"/>: an entity mention, else one capitalised word.</summary>
    private static int Anchor(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityMention> entities, int k, int firstToken)
    {
        var mention = MentionEndingAt(entities, tokens[k].End);
        if (mention >= 0)
        {
            var count = 0;
            while (k > firstToken && tokens[k - 1].Start >= entities[mention].Start && count++ < MaxAnchorTokens)
            {
                k--;
            }
        }

        if (k > firstToken && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k;
    }

    private static bool IsPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "'s" or "\u2019s" or "'" or "\u2019";
    }

    private static int MentionEndingAt(ReadOnlySpan<EntityMention> entities, int end)
    {
        int lo = 0, hi = entities.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].End == end)
            {
                return mid;
            }

            if (entities[mid].End < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static int MentionStartingAt(ReadOnlySpan<EntityMention> entities, int start)
    {
        int lo = 0, hi = entities.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Start == start)
            {
                return mid;
            }

            if (entities[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
