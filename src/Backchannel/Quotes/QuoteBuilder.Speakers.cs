using Backchannel.Entities;

namespace Backchannel.Quotes;

/// <summary>Speakers: trimming, names, pronouns, anonymous sources.</summary>
internal static partial class QuoteBuilder
{
    // How far back (in characters) a pronoun may find its person: about two short paragraphs.
    private const int PronounWindow = 1200;

    private static QuoteSpeaker? Speaker(QuoteInput input, Attribution attribution, List<Attribution> attributions, ReadOnlySpan<EntityMention> entities)
    {
        if (!attribution.HasSource)
        {
            return null;
        }

        var (first, end) = attribution.Source;
        while (first < end && IsPunctuation(input, first))
        {
            first++;
        }

        while (end > first && IsPunctuation(input, end - 1))
        {
            end--;
        }

        if (first >= end)
        {
            return null;
        }

        var start = input.Tokens[first].Start;
        var stop = input.Tokens[end - 1].End;
        var text = input.Text[start..stop];
        var person = -1;
        for (var e = 0; e < entities.Length; e++)
        {
            // The longest person mention in the span: the recognizer sometimes splits "Mr" from "McLetchie".
            if (entities[e].Start >= start && entities[e].End <= stop && entities[e].Label == EntityTypes.Person
                && !IsTitle(input.Text.AsSpan(entities[e].Start, entities[e].Length()))
                && (person < 0 || entities[e].Length() > entities[person].Length()))
            {
                person = e;
            }
        }

        if (person >= 0)
        {
            return new QuoteSpeaker(text, start, stop, Anonymous: false, Name: FullName(input, entities, person));
        }

        if (end - first == 1 && SpeakerLexicon.IsPersonPronoun(input.Word(first)))
        {
            var pronoun = char.ToLowerInvariant(input.Text[start]) == 's' ? 'F' : 'M';
            var antecedent = Antecedent(input, attributions, entities, start, pronoun);
            return new QuoteSpeaker(text, start, stop, Anonymous: false, Name: antecedent < 0 ? null : FullName(input, entities, antecedent));
        }

        // "..., Jan Kowal, who said ...": a relative pronoun names the person just before its comma.
        if (end - first == 1 && (input.Word(first).Equals("who", StringComparison.OrdinalIgnoreCase)))
        {
            var before = first - 1;
            if (before >= 0 && input.Word(before) is ",")
            {
                for (var e = entities.Length - 1; e >= 0; e--)
                {
                    if (entities[e].End <= input.Tokens[before].Start && entities[e].End > input.Tokens[before].Start - 2)
                    {
                        var name = entities[e].Label == EntityTypes.Person ? FullName(input, entities, e) : input.Text[entities[e].Start..entities[e].End];
                        return new QuoteSpeaker(text, start, stop, Anonymous: false, Name: name);
                    }

                    if (entities[e].End <= input.Tokens[before].Start - 2)
                    {
                        break;
                    }
                }
            }
        }

        var hasHead = false;
        for (var t = first; t < end && !hasHead; t++)
        {
            hasHead = SpeakerLexicon.IsSourceHead(input.Word(t));
        }

        var (sentenceStart, sentenceEnd) = input.Sentences[input.SentenceIndex[attribution.Cue.Start]];
        var sentence = input.Text.AsSpan(input.Tokens[sentenceStart].Start, input.Tokens[sentenceEnd - 1].End - input.Tokens[sentenceStart].Start);
        var anonymous = hasHead && (SpeakerLexicon.IsIndefinite(input.Word(first)) || SpeakerLexicon.IsSourceHead(input.Word(first)) || SpeakerLexicon.GrantsAnonymity(sentence));
        return new QuoteSpeaker(text, start, stop, anonymous, anonymous ? text : null);
    }

    // The nearest earlier person mention outside quotation marks, within the window, for "he"/"she".
    private static int Antecedent(QuoteInput input, List<Attribution> attributions, ReadOnlySpan<EntityMention> entities, int before, char pronoun)
    {
        for (var e = entities.Length - 1; e >= 0; e--)
        {
            var mention = entities[e];
            if (mention.End > before)
            {
                continue;
            }

            if (mention.Start < before - PronounWindow)
            {
                break;
            }

            if (mention.Label == EntityTypes.Person && !InsideQuotation(input, mention.Start) && !InAnyContent(attributions, input, mention.Start) && !IsTitle(input.Text.AsSpan(mention.Start, mention.Length()))
                && Gender(input.Text, mention) is var gender && (gender == '?' || gender == pronoun))
            {
                return e;
            }
        }

        return -1;
    }

    // Titles stripped before a surname is expanded: "Ms Varga" is looked up as "Varga".
    private static readonly string[] s_titles = ["Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Miss ", "Dr ", "Dr. ", "Sir ", "Dame ", "Lord ", "Lady "];

    private static readonly string[] s_male = ["Mr ", "Mr. ", "Sir ", "Lord ", "King ", "Prince "];
    private static readonly string[] s_female = ["Ms ", "Ms. ", "Mrs ", "Mrs. ", "Miss ", "Lady ", "Dame ", "Queen ", "Princess ", "Baroness "];

    // 'M' or 'F' when the text gives the person a gendered title anywhere ("Mr Lund", "Ms Varga"), else '?'. Only
    // titles count: no list of first names, so an untitled person stays unknown and any pronoun may refer to them.
    private static char Gender(string text, EntityMention mention)
    {
        var name = text.AsSpan(mention.Start, mention.End - mention.Start);
        var space = name.LastIndexOf(' ');
        var surname = name[(space + 1)..].ToString();
        var male = HasTitle(text, s_male, surname);
        var female = HasTitle(text, s_female, surname);
        return male == female ? '?' : male ? 'M' : 'F';
    }

    private static bool HasTitle(string text, string[] titles, string surname)
    {
        foreach (var title in titles)
        {
            var at = text.IndexOf(title + surname, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + title.Length + surname.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }

                at = text.IndexOf(title + surname, end, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutTitle(ReadOnlySpan<char> name)
    {
        foreach (var title in s_titles)
        {
            if (name.StartsWith(title, StringComparison.Ordinal) && name.Length > title.Length)
            {
                return name[title.Length..];
            }
        }

        return name;
    }

    private static bool IsTitle(ReadOnlySpan<char> word)
    {
        foreach (var title in s_titles)
        {
            if (word.SequenceEqual(title.AsSpan().TrimEnd()))
            {
                return true;
            }
        }

        return false;
    }

    // A one-word person mention ("Kowal") is expanded to the last earlier mention that ends with it ("Jan Kowal").
    private static string FullName(QuoteInput input, ReadOnlySpan<EntityMention> entities, int mention)
    {
        var name = WithoutTitle(input.Text.AsSpan(entities[mention].Start, entities[mention].Length()));
        if (name.Contains(' '))
        {
            return name.ToString();
        }

        for (var e = mention - 1; e >= 0; e--)
        {
            var earlier = entities[e];
            if (earlier.Label != EntityTypes.Person || IsTitle(input.Text.AsSpan(earlier.Start, earlier.Length())))
            {
                continue;
            }

            var full = WithoutTitle(input.Text.AsSpan(earlier.Start, earlier.Length()));
            if (full.Length > name.Length + 1 && full.EndsWith(name, StringComparison.Ordinal) && full[^(name.Length + 1)] == ' ')
            {
                return full.ToString();
            }
        }

        return name.ToString();
    }

    // A person named inside what someone said ("the mayor was wrong") is what was talked about, not
    // who talks next: "he" skips it.
    private static bool InAnyContent(List<Attribution> attributions, QuoteInput input, int offset)
    {
        var t = TokenAt(input, offset);
        if (t < 0)
        {
            return false;
        }

        foreach (var attribution in attributions)
        {
            if (InContent(attribution, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideQuotation(QuoteInput input, int offset)
    {
        var t = TokenAt(input, offset);
        return t >= 0 && input.QuoteState[t] != QuoteInput.Outside;
    }
}

file static class EntityMentionExtensions
{
    public static int Length(this EntityMention mention) => mention.End - mention.Start;
}
