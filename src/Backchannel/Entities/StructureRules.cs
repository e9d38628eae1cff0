using Backchannel.Documents;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// What the recognizer does with a document's structure (<see cref="DocumentLayers.Regions"/>). Before tagging:
/// no sentence runs across the edge of a heading, caption, reference entry, byline or dateline, and a title-case
/// heading is in headline context, as an all-caps headline is. After tagging:
/// <list type="bullet">
/// <item>a mention in a heading or the title stays only when the document supports it: the same words are a
/// mention in the body (it then takes the body's type: "Chelsea" in "Adriano's Chelsea link rejected" is the club
/// the body names), or they are a name in a gazetteer list; "Provenance" and "FAQ" go;</item>
/// <item>a reference entry yields only its authors as persons ("Surname, I." before the year, or a person the
/// model found there), never a cited title as an organisation;</item>
/// <item>a byline yields its authors as PER and its outlet as ORG, a dateline its place (each comma-separated part,
/// LOC or GPE) and its outlet (ORG), whatever the model made of them.</item>
/// </list>
/// One instance per scratch (thread); nothing is allocated per token.
/// </summary>
internal sealed class StructureRules
{
    private const int None = -1;
    private const float ReadConfidence = 1f;

    // Headings' words longer than this many letters decide whether a heading is in title case.
    private const int TitleWordLetters = 4;

    // A year at most this many tokens into a reference entry ends its author list.
    private const int AuthorListTokens = 40;

    private readonly List<Sentence> _sentences = [];
    private readonly List<(int From, int To, int Type)> _body = [];
    private readonly List<Candidate> _headings = [];
    private readonly Dictionary<ulong, TypeCounts> _support = [];
    private int[] _region = new int[1024];
    private bool[] _headline = new bool[1024];
    private DocumentRegion[] _regions = [];
    private int _regionCount;

    /// <summary>Sentences cut at region edges (valid after <see cref="Prepare"/> returned true).</summary>
    public ReadOnlySpan<Sentence> Sentences => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences);

    /// <summary>Per token: in headline context (a word of a title-case heading).</summary>
    public ReadOnlySpan<bool> HeadlineView(int tokens) => _headline.AsSpan(0, tokens);

    /// <summary>
    /// Maps tokens to the regions that hold them and cuts sentences at region edges. False when no region holds a
    /// token: the document is then tagged as if it had no structure.
    /// </summary>
    public bool Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<DocumentRegion> regions)
    {
        _sentences.Clear();
        _body.Clear();
        _headings.Clear();
        if (regions.IsEmpty || tokens.IsEmpty)
        {
            return false;
        }

        if (_region.Length < tokens.Length)
        {
            _region = new int[tokens.Length * 2];
            _headline = new bool[tokens.Length * 2];
        }

        if (_regions.Length < regions.Length)
        {
            _regions = new DocumentRegion[regions.Length * 2];
        }

        regions.CopyTo(_regions);
        _regionCount = regions.Length;
        var region = _region.AsSpan(0, tokens.Length);
        region.Fill(None);
        _headline.AsSpan(0, tokens.Length).Clear();
        var any = false;
        for (var r = 0; r < regions.Length; r++)
        {
            if (!IsOuter(regions[r].Kind))
            {
                continue;
            }

            var (from, to) = TokensOf(tokens, regions[r]);
            for (var i = from; i < to; i++)
            {
                region[i] = r;
            }

            any |= to > from;
            if (regions[r].IsHeading && IsTitleCase(text, tokens, from, to))
            {
                _headline.AsSpan(from, to - from).Fill(true);
            }
        }

        if (!any)
        {
            return false;
        }

        foreach (var sentence in sentences)
        {
            var start = sentence.FirstToken;
            var end = start + sentence.TokenCount;
            for (var i = start + 1; i <= end; i++)
            {
                if (i == end || region[i] != region[i - 1])
                {
                    _sentences.Add(new Sentence(tokens[start].Start, tokens[i - 1].End, start, i - start));
                    start = i;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Decides what to do with a mention the model found over tokens [from, to): <c>true</c> when it goes to the
    /// output now (running text, a caption, an author the model found in a reference entry); headings' mentions are
    /// held back for <see cref="Finish"/>; byline, dateline and other reference mentions are dropped.
    /// </summary>
    public bool Admit(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to, string type, EntityMention mention)
    {
        var r = _region[from];
        var kind = r == None ? (RegionKind?)null : _regions[r].Kind;
        switch (kind)
        {
            case null or RegionKind.Caption:
                _body.Add((from, to, TypeIndex(type)));
                return true;
            case RegionKind.Title or RegionKind.Heading:
                _headings.Add(new Candidate(from, to, type, mention));
                return false;
            case RegionKind.Reference:
                var (first, last) = TokensOf(tokens, _regions[r]);
                return type == EntityTypes.Person && to <= YearOrStop(text, tokens, first, last) && !OnlyInitials(text, tokens, from, to);
            default:
                return false;
        }
    }

    /// <summary>
    /// Adds what the structure says (byline authors and outlets, dateline places and agencies, reference authors) and
    /// the headings' mentions the document supports to <paramref name="output"/>, then sorts it from
    /// <paramref name="first"/> on by position.
    /// </summary>
    public void Finish(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TokenFacts facts, Gazetteer gazetteer, EntityRefiner refiner, List<EntityMention> output, int first)
    {
        var keys = facts.Key.AsSpan(0, tokens.Length);
        var regions = _regions.AsSpan(0, _regionCount);
        foreach (var region in regions)
        {
            switch (region.Kind)
            {
                case RegionKind.Author:
                    AddWhole(tokens, region, EntityTypes.Person, output);
                    break;
                case RegionKind.Outlet:
                    AddWhole(tokens, region, EntityTypes.Organization, output);
                    break;
                case RegionKind.Place:
                    AddPlaces(text, tokens, keys, region, refiner, output);
                    break;
                case RegionKind.Reference:
                    AddReferenceAuthors(text, tokens, region, output);
                    break;
            }
        }

        if (_headings.Count > 0)
        {
            AddSupportedHeadings(text, tokens, facts, gazetteer, refiner, output);
        }

        output.Sort(first, output.Count - first, MentionOrder.Instance);
        RemoveOverlaps(output, first);
    }

    private static bool IsOuter(RegionKind kind) => kind is RegionKind.Title or RegionKind.Heading or RegionKind.Caption
        or RegionKind.Reference or RegionKind.Byline or RegionKind.Dateline;

    // The tokens inside a region: [from, to), those that start in it.
    private static (int From, int To) TokensOf(ReadOnlySpan<Token> tokens, DocumentRegion region)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < region.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var to = lo;
        while (to < tokens.Length && tokens[to].Start < region.End)
        {
            to++;
        }

        return (lo, to);
    }

    // Headline casing: every word of four or more letters starts with a capital, and some word is capitalised.
    private static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var capitalised = false;
        for (var i = from; i < to; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            var letters = 0;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters == 0)
            {
                continue;
            }

            var upper = char.IsUpper(word[0]);
            if (letters >= TitleWordLetters && !upper)
            {
                return false;
            }

            capitalised |= upper;
        }

        return capitalised;
    }

    private static int TypeIndex(string type) => type switch
    {
        EntityTypes.Person => 0,
        EntityTypes.Organization => 1,
        EntityTypes.Location => 2,
        _ => 3,
    };

    private void AddWhole(ReadOnlySpan<Token> tokens, DocumentRegion region, string type, List<EntityMention> output)
    {
        var (from, to) = TokensOf(tokens, region);
        if (to > from)
        {
            output.Add(new EntityMention(tokens[from].Start, tokens[to - 1].End, type, ReadConfidence));
        }
    }

    // "DAVOS, Switzerland": each comma-separated part is a place, a GPE when the gazetteers know it.
    private static void AddPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> keys, DocumentRegion region, EntityRefiner refiner, List<EntityMention> output)
    {
        var (from, to) = TokensOf(tokens, region);
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && text[tokens[i].Start] != ',')
            {
                continue;
            }

            if (i > start)
            {
                var label = refiner.Refine(EntityTypes.Location, keys[start..i]);
                output.Add(new EntityMention(tokens[start].Start, tokens[i - 1].End, label, ReadConfidence));
            }

            start = i + 1;
        }
    }

    private static bool OnlyInitials(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsInitials(text.Slice(tokens[i].Start, tokens[i].Length)) && !IsInitialAt(text, tokens, i, to))
            {
                return false;
            }
        }

        return true;
    }

    // A lone capital the tokenizer split from its full stop ("I" "." in "Volsteedt, I. (2020)").
    private static bool IsInitialAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int to)
        => tokens[i].Length == 1 && char.IsUpper(text[tokens[i].Start]) && i + 1 < tokens.Length && i + 1 <= to
            && text[tokens[i + 1].Start] == '.' && tokens[i + 1].Start == tokens[i].End;

    // APA-style authors: "Surname, I." (and "Surname, I. I.") before the year are persons; the surname is the name.
    private static void AddReferenceAuthors(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DocumentRegion region, List<EntityMention> output)
    {
        var (from, to) = TokensOf(tokens, region);
        var end = YearOrStop(text, tokens, from, to);
        for (var i = from + 1; i + 1 < end; i++)
        {
            if (text[tokens[i].Start] != ',' || tokens[i].Length != 1
                || !(IsInitials(text.Slice(tokens[i + 1].Start, tokens[i + 1].Length)) || IsInitialAt(text, tokens, i + 1, end + 1)))
            {
                continue;
            }

            // The surname: capitalised words (and name particles) back to the start or a separator.
            var start = i;
            while (start > from && IsSurnameWord(text.Slice(tokens[start - 1].Start, tokens[start - 1].Length)))
            {
                start--;
            }

            if (start < i && char.IsUpper(text[tokens[start].Start]))
            {
                output.Add(new EntityMention(tokens[start].Start, tokens[i - 1].End, EntityTypes.Person, ReadConfidence));
            }
        }
    }

    /// <summary>The first token of a reference entry after its author list: the year, its bracket, or a full stop after a word.</summary>
    internal static int YearOrStop(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var limit = Math.Min(to, from + AuthorListTokens);
        for (var i = from; i < limit; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (IsYear(word))
            {
                return i > from && text[tokens[i - 1].Start] == '(' ? i - 1 : i;
            }
        }

        for (var i = from + 1; i < limit; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (word is "." && !IsInitials(text.Slice(tokens[i - 1].Start, tokens[i - 1].Length)) && tokens[i - 1].Length > 1)
            {
                return i;
            }
        }

        return limit;
    }

    private static bool IsYear(ReadOnlySpan<char> word)
        => word.Length == 4 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])
            && word[0] is '1' or '2';

    // "E.", "J.J.", "I.", "A.-M.": capitals each followed by a full stop.
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return capitals is >= 1 and <= 3;
    }

    private static bool IsSurnameWord(ReadOnlySpan<char> word)
        => word.Length > 1 && char.IsLetter(word[0]) && !IsInitials(word)
            && (char.IsUpper(word[0]) || word is "van" or "von" or "de" or "der" or "den" or "al" or "el" or "bin" or "da" or "di" or "du" or "la" or "le");

    // A heading's mention stays when the body has the same words as a mention (exactly, else inside a longer one),
    // taking the body's most frequent type, or when the words are a name in a list.
    private void AddSupportedHeadings(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TokenFacts facts, Gazetteer gazetteer, EntityRefiner refiner, List<EntityMention> output)
    {
        var keys = facts.Key.AsSpan(0, tokens.Length);
        _support.Clear();
        foreach (var (from, to, type) in _body)
        {
            for (var a = from; a < to; a++)
            {
                var key = Gazetteer.KeySeed;
                for (var b = a; b < to && b - a < Gazetteer.MaxTokens; b++)
                {
                    key = Gazetteer.Extend(key, keys[b]);
                    var counts = _support.GetValueOrDefault(key);
                    _support[key] = counts.Add(type, exact: a == from && b == to - 1);
                }
            }
        }

        foreach (var candidate in _headings)
        {
            var key = Gazetteer.KeySeed;
            for (var b = candidate.From; b < candidate.To; b++)
            {
                key = Gazetteer.Extend(key, keys[b]);
            }

            string? type = null;
            var (from, to) = (candidate.From, candidate.To);
            if (to - from <= Gazetteer.MaxTokens && _support.TryGetValue(key, out var counts))
            {
                // Found as a mention of its own, the body's type; only inside longer ones ("Russian" of "Russian
                // Direct Investment Fund"), the words are a name but the type stays the model's.
                type = counts.HasExact ? EntityTypes.Conll[counts.Majority()] : candidate.Type;
            }
            else if (BodyMentionInside(keys, from, to) is { } inside)
            {
                // "Cecile Richards" in the headline, "Richards" in the body: the whole name when the other words are
                // names too, else only the body's words ("the Davos Meeting: Participants" → "Davos").
                type = EntityTypes.Conll[inside.Type];
                if (!OnlyNames(facts, from, inside.From) || !OnlyNames(facts, inside.To, to))
                {
                    (from, to) = (inside.From, inside.To);
                }
            }
            else if (!IsShortWord(text, tokens, candidate) && !OnlyCommonWords(facts, from, to)
                && ListType(gazetteer.Lookup(keys[from..to]), candidate.Type) is { } listed)
            {
                // A list name, unless every word is a common word in lower case ("Deal", a town, in "Stake in a Deal").
                type = listed;
            }

            if (type is null)
            {
                continue;
            }

            var label = string.Equals(type, candidate.Type, StringComparison.Ordinal) && (from, to) == (candidate.From, candidate.To)
                ? candidate.Mention.Label
                : refiner.Refine(type, keys[from..to]);
            output.Add(candidate.Mention with { Start = tokens[from].Start, End = tokens[to - 1].End, Label = label });
        }
    }

    // Capitalised words whose lower-case form is no known word: names, not headline-cased common words.
    private static bool OnlyNames(TokenFacts facts, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (facts.Caps[i] is not (WordShape.Initial or WordShape.AllCaps or WordShape.Mixed) || facts.LowerCluster[i] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyCommonWords(TokenFacts facts, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (facts.LowerCluster[i] < 0 && facts.Caps[i] != WordShape.NoLetters)
            {
                return false;
            }
        }

        return true;
    }

    // The longest body mention that lies inside the candidate exactly (its most frequent type and tokens), or null.
    private (int Type, int From, int To)? BodyMentionInside(ReadOnlySpan<ulong> keys, int from, int to)
    {
        for (var length = Math.Min(to - from, Gazetteer.MaxTokens) - 1; length >= 1; length--)
        {
            for (var a = from; a + length <= to; a++)
            {
                var key = Gazetteer.KeySeed;
                for (var b = a; b < a + length; b++)
                {
                    key = Gazetteer.Extend(key, keys[b]);
                }

                if (_support.TryGetValue(key, out var counts) && counts.HasExact)
                {
                    return (counts.Majority(), a, a + length);
                }
            }
        }

        return null;
    }

    // A one-token mention of up to three letters not written in capitals ("Us", "Her"): a list match says nothing.
    private static bool IsShortWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Candidate candidate)
    {
        if (candidate.To - candidate.From != 1)
        {
            return false;
        }

        var word = text.Slice(tokens[candidate.From].Start, tokens[candidate.From].Length);
        return word.Length <= 3 && word.ContainsAnyInRange('a', 'z');
    }

    // The type a list says a name has, preferring the model's when a list agrees with it; null when no list has it.
    private static string? ListType(int lists, string modelType)
    {
        if (lists == 0)
        {
            return null;
        }

        const int places = (1 << (int)GazetteerType.Country) | (1 << (int)GazetteerType.Subdivision) | (1 << (int)GazetteerType.City);
        const int organisations = (1 << (int)GazetteerType.Organisation) | (1 << (int)GazetteerType.RecordOrganisation);
        const int persons = 1 << (int)GazetteerType.RecordPerson;
        const int groups = 1 << (int)GazetteerType.Nationality;
        var agrees = modelType switch
        {
            EntityTypes.Location => (lists & places) != 0,
            EntityTypes.Organization => (lists & organisations) != 0,
            EntityTypes.Person => (lists & persons) != 0,
            _ => (lists & groups) != 0,
        };
        if (agrees)
        {
            return modelType;
        }

        return (lists & places) != 0 ? EntityTypes.Location
            : (lists & persons) != 0 ? EntityTypes.Person
            : (lists & organisations) != 0 ? EntityTypes.Organization
            : (lists & groups) != 0 ? EntityTypes.Miscellaneous
            : null;
    }

    // Structure-read mentions may overlap one another (a reference author the model also found): keep the first.
    private static void RemoveOverlaps(List<EntityMention> output, int first)
    {
        var kept = first;
        for (var i = first; i < output.Count; i++)
        {
            if (kept > first && output[i].Start < output[kept - 1].End)
            {
                continue;
            }

            output[kept++] = output[i];
        }

        output.RemoveRange(kept, output.Count - kept);
    }

    private readonly record struct Candidate(int From, int To, string Type, EntityMention Mention);

    // How often a word sequence is a body mention of each type (PER, ORG, LOC, MISC): exactly, or inside a longer one.
    private readonly record struct TypeCounts(int Exact0, int Exact1, int Exact2, int Exact3, int Part0, int Part1, int Part2, int Part3)
    {
        public TypeCounts Add(int type, bool exact) => (type, exact) switch
        {
            (0, true) => this with { Exact0 = Exact0 + 1 },
            (1, true) => this with { Exact1 = Exact1 + 1 },
            (2, true) => this with { Exact2 = Exact2 + 1 },
            (3, true) => this with { Exact3 = Exact3 + 1 },
            (0, false) => this with { Part0 = Part0 + 1 },
            (1, false) => this with { Part1 = Part1 + 1 },
            (2, false) => this with { Part2 = Part2 + 1 },
            _ => this with { Part3 = Part3 + 1 },
        };

        public bool HasExact => Exact0 + Exact1 + Exact2 + Exact3 > 0;

        // The most frequent exact type; without exact ones, the most frequent as a part. Ties go to the lower index.
        public int Majority()
        {
            Span<int> exact = [Exact0, Exact1, Exact2, Exact3];
            Span<int> part = [Part0, Part1, Part2, Part3];
            var counts = exact[0] + exact[1] + exact[2] + exact[3] > 0 ? exact : part;
            var best = 0;
            for (var t = 1; t < 4; t++)
            {
                if (counts[t] > counts[best])
                {
                    best = t;
                }
            }

            return best;
        }
    }

    private sealed class MentionOrder : IComparer<EntityMention>
    {
        public static readonly MentionOrder Instance = new();

        public int Compare(EntityMention x, EntityMention y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End);
    }
}
