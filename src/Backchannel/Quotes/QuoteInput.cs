using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Quotes;

/// <summary>
/// What the quote model reads about each token of one document, laid out in flat per-token arrays: tags, chunk and
/// entity labels, lemmas, cue-lexicon membership and quotation-mark state, plus the paragraphs (the model's unit:
/// a quote, its cue and its speaker nearly always share one). Reused per thread, so a warm extractor allocates
/// nothing per token.
/// </summary>
internal sealed class QuoteInput
{
    /// <summary>Quote-mark state of a token.</summary>
    public const byte Outside = 0, Inside = 1, Opening = 2, Closing = 3;

    public string Text { get; private set; } = string.Empty;

    public Token[] Tokens { get; private set; } = [];

    public int Count { get; private set; }

    public string[] Pos = new string[256];
    public string[] Lemmas = new string[256];
    public string[] ChunkTypes = new string[256];
    public bool[] ChunkBegins = new bool[256];
    public string[] EntityTypes = new string[256];
    public bool[] EntityBegins = new bool[256];
    public bool[] Cues = new bool[256];
    public bool[] Stances = new bool[256];

    /// <summary>Tokens the decoder must label O: the clause that grants a source anonymity (", speaking off the record,").</summary>
    public bool[] ForcedOutside = new bool[256];
    public byte[] QuoteState = new byte[256];

    /// <summary>Length in tokens of the quotation a token is in (0 outside; int.MaxValue when never closed).</summary>
    public int[] QuotedLength = new int[256];

    /// <summary>True inside a quotation that is still open at the end of its paragraph (it continues in the next).</summary>
    public bool[] Unclosed = new bool[256];
    public int[] SentenceIndex = new int[256];

    /// <summary>Paragraphs as token ranges [start, end).</summary>
    public readonly List<(int Start, int End)> Paragraphs = [];

    /// <summary>Sentences as token ranges [start, end).</summary>
    public readonly List<(int Start, int End)> Sentences = [];

    public static string None => "-";

    /// <summary>Loads a document that has tokens, sentences, POS tags, chunks, lemmas and entities.</summary>
    public void Load(Document document)
    {
        Text = document.Text;
        Tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(document.Get(TextLayers.Tokens)) ?? [];
        var n = Count = Tokens.Length;
        Grow(n);
        var pos = document.Get(TaggingLayers.Pos).AsSpan();
        var lemmas = document.Get(TaggingLayers.Lemmas).AsSpan();
        for (var i = 0; i < n; i++)
        {
            Pos[i] = i < pos.Length ? pos[i].Tag : None;
            Lemmas[i] = i < lemmas.Length ? lemmas[i].Value : None;
            ChunkTypes[i] = None;
            ChunkBegins[i] = false;
            EntityTypes[i] = None;
            EntityBegins[i] = false;
        }

        foreach (var chunk in document.Get(TaggingLayers.Chunks))
        {
            for (var t = chunk.FirstToken; t < chunk.FirstToken + chunk.TokenCount && t < n; t++)
            {
                ChunkTypes[t] = chunk.Label;
                ChunkBegins[t] = t == chunk.FirstToken;
            }
        }

        MarkEntities(document.Get(EntityLayers.Entities).AsSpan());
        MarkSentencesAndParagraphs(document.Get(TextLayers.Sentences).AsSpan());
        for (var i = 0; i < n; i++)
        {
            Cues[i] = CueLexicon.Contains(Lemmas[i])
                || (i + 1 < n && CueLexicon.IsAccordingTo(Word(i), Word(i + 1)))
                || (i > 0 && Word(i).Equals("to", StringComparison.OrdinalIgnoreCase) && CueLexicon.IsAccordingTo(Word(i - 1), Word(i)));
        }

        for (var i = 0; i < n; i++)
        {
            Stances[i] = CueLexicon.IsStance(Lemmas[i]);
        }

        foreach (var (start, end) in Paragraphs)
        {
            MarkQuotes(start, end);
        }

        MarkAnonymityClauses();
    }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    private void MarkEntities(ReadOnlySpan<EntityMention> mentions)
    {
        var t = 0;
        foreach (var mention in mentions)
        {
            while (t < Count && Tokens[t].End <= mention.Start)
            {
                t++;
            }

            var first = true;
            for (var k = t; k < Count && Tokens[k].Start < mention.End; k++)
            {
                EntityTypes[k] = mention.Label;
                EntityBegins[k] = first;
                first = false;
            }
        }
    }

    // A paragraph break is a line break between two sentences; the model decodes one paragraph at a time.
    private void MarkSentencesAndParagraphs(ReadOnlySpan<Sentence> sentences)
    {
        Sentences.Clear();
        Paragraphs.Clear();
        var paragraphStart = -1;
        var previousEnd = -1;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            if (paragraphStart >= 0 && Text.AsSpan(Tokens[previousEnd - 1].End, Tokens[first].Start - Tokens[previousEnd - 1].End).Contains('\n'))
            {
                Paragraphs.Add((paragraphStart, previousEnd));
                paragraphStart = -1;
            }

            if (paragraphStart < 0)
            {
                paragraphStart = first;
            }

            for (var t = first; t < end; t++)
            {
                SentenceIndex[t] = Sentences.Count;
            }

            Sentences.Add((first, end));
            previousEnd = end;
        }

        if (paragraphStart >= 0)
        {
            Paragraphs.Add((paragraphStart, previousEnd));
        }
    }

    // Straight double quotes toggle; curly and guillemet marks say which side they are; two adjacent apostrophes
    // ('' as the New York Times writes it) are a straight double quote. A paragraph that opens a quotation and never
    // closes it continues it in the next paragraph (the news convention for long quotes).
    private void MarkQuotes(int start, int end)
    {
        var inside = false;
        var openAt = -1;
        for (var i = start; i < end; i++)
        {
            QuotedLength[i] = 0;
            Unclosed[i] = false;
            var mark = Mark(i, end);
            if (mark == 0)
            {
                QuoteState[i] = inside ? Inside : Outside;
                continue;
            }

            var opens = mark == 1 || (mark == 3 && !inside);
            var pair = mark == 3 && Text[Tokens[i].Start] == '\'' ? 1 : 0;
            if (opens && !inside)
            {
                inside = true;
                openAt = i;
                QuoteState[i] = Opening;
            }
            else if (!opens && inside)
            {
                inside = false;
                QuoteState[i] = Closing;
                for (var k = openAt; k <= i + pair; k++)
                {
                    QuotedLength[k] = i - openAt - 1;
                }
            }
            else
            {
                // A stray mark (a closing mark outside, an opening one inside): keep the state as it is.
                QuoteState[i] = inside ? Inside : Outside;
            }

            if (pair == 1)
            {
                QuoteState[i + 1] = QuoteState[i];
                QuotedLength[i + 1] = QuotedLength[i];
                Unclosed[i + 1] = false;
                i++;
            }
        }

        if (inside)
        {
            for (var k = openAt; k < end; k++)
            {
                QuotedLength[k] = int.MaxValue;
                Unclosed[k] = true;
            }
        }
    }

    // ", speaking on condition of anonymity," is neither source, cue nor content, yet its verb looks like a cue and
    // pulls the source away from the real one; the whole comma-delimited clause is kept outside every role.
    private void MarkAnonymityClauses()
    {
        Array.Clear(ForcedOutside, 0, Count);
        foreach (var (start, end) in Sentences)
        {
            var from = Tokens[start].Start;
            var stop = Tokens[end - 1].End;
            var sentence = Text.AsSpan(0, stop);
            while (from < stop)
            {
                var at = SpeakerLexicon.FindAnonymity(sentence, from, out var length);
                if (at < 0)
                {
                    break;
                }

                var first = start;
                while (first < end && Tokens[first].End <= at)
                {
                    first++;
                }

                var last = first;
                while (last < end && Tokens[last].Start < at + length)
                {
                    last++;
                }

                while (first > start && !Word(first - 1).SequenceEqual(",") && QuoteState[first - 1] == Outside)
                {
                    first--;
                }

                while (last < end && !Word(last).SequenceEqual(",") && QuoteState[last] == Outside && !Word(last).SequenceEqual("."))
                {
                    last++;
                }

                // The clause's own commas go with it; a clause that opens the sentence keeps the sentence's start.
                if (first > start)
                {
                    first--;
                }

                if (last < end && Word(last).SequenceEqual(","))
                {
                    last++;
                }

                for (var t = first; t < last; t++)
                {
                    ForcedOutside[t] = QuoteState[t] == Outside;
                }

                from = at + length;
            }
        }
    }

    // A straight mark glued to the following word and spaced from the previous one opens ("said: "We"), the reverse
    // closes; only a mark spaced (or glued) on both sides toggles. This keeps the state right where a lost paragraph
    // break leaves a new opening mark inside a quotation (`... by May. "We will`).
    private int StraightSide(Token token)
    {
        var spaceBefore = token.Start == 0 || char.IsWhiteSpace(Text[token.Start - 1]);
        var spaceAfter = token.End >= Text.Length || char.IsWhiteSpace(Text[token.End]);
        return spaceBefore && !spaceAfter ? 1 : !spaceBefore && spaceAfter ? 2 : 3;
    }

    // 0: not a double quotation mark; 1: opening; 2: closing; 3: either (straight marks).
    private int Mark(int i, int end)
    {
        if (Tokens[i].Kind != TokenKind.Quote)
        {
            return 0;
        }

        var c = Text[Tokens[i].Start];
        if (c == '\'')
        {
            return i + 1 < end && Tokens[i + 1].Kind == TokenKind.Quote && Tokens[i + 1].Start == Tokens[i].End && Text[Tokens[i + 1].Start] == '\'' ? 3 : 0;
        }

        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' => 1,
            '\u201D' or '\u00BB' => 2,
            '"' => StraightSide(Tokens[i]),
            _ => 0,
        };
    }

    private void Grow(int n)
    {
        if (Pos.Length >= n)
        {
            return;
        }

        var size = n * 2;
        Pos = new string[size];
        Lemmas = new string[size];
        ChunkTypes = new string[size];
        ChunkBegins = new bool[size];
        EntityTypes = new string[size];
        EntityBegins = new bool[size];
        Cues = new bool[size];
        Stances = new bool[size];
        ForcedOutside = new bool[size];
        QuoteState = new byte[size];
        QuotedLength = new int[size];
        Unclosed = new bool[size];
        SentenceIndex = new int[size];
    }
}
