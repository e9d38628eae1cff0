using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Roles;

/// <summary>
/// Reads a description into a <see cref="RolePhrase"/>: anchor + title ("Ukraine's foreign minister", "the Russian
/// foreign minister", "German Chancellor"), title + "of" + anchor ("President of Ukraine", "the secretary-general of
/// NATO"), or person + relationship ("Trump's son-in-law"). Anchors are looked up in the knowledge base: countries by
/// name, code or nationality word, then organisations and people by name.
/// </summary>
public sealed class RolePhraseParser
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their", "our", "current", "sitting", "new" };

    // Relationship words, longest first, as exact-key word runs.
    private static readonly string[] RelationshipWords =
    [
        "son in law", "daughter in law", "father in law", "mother in law", "brother in law", "sister in law",
        "business partner", "golf partner", "son", "daughter", "wife", "husband", "spouse", "brother", "sister",
        "father", "mother", "friend", "partner", "associate", "ally", "confidant",
    ];

    private readonly KnowledgeBase kb;
    private readonly RoleLexicon lexicon;
    private readonly CountryLexicon countries;

    /// <summary>A parser over <paramref name="kb"/>'s countries and names.</summary>
    public RolePhraseParser(KnowledgeBase kb, RoleLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        this.kb = kb;
        this.lexicon = lexicon ?? RoleLexicon.Default;
        countries = CountryLexicon.For(kb);
    }

    /// <summary>The country lexicon in use.</summary>
    public CountryLexicon Countries => countries;

    /// <summary>Parses <paramref name="text"/>; a phrase with no title or relationship gives <see cref="RolePhrase.IsRole"/> false.</summary>
    public RolePhrase Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var modifiers = RoleModifiers.None;
        words = StripFront(words, ref modifiers);

        // "title of anchor": try each "of" from the right, so "minister of foreign affairs of ukraine" splits last.
        for (var i = words.Count - 2; i > 0; i--)
        {
            if (words[i] != "of")
            {
                continue;
            }

            var title = string.Join(' ', words.Take(i));
            if (lexicon.Find(title) is { } wording)
            {
                var anchorWords = StripFront([.. words.Skip(i + 1)], ref modifiers);
                return Build(text, wording, anchorWords, modifiers);
            }
        }

        // "anchor title": the longest run of trailing words that is a title.
        for (var take = Math.Min(lexicon.MaxWords, words.Count); take >= 1; take--)
        {
            var title = string.Join(' ', words.Skip(words.Count - take));
            if (lexicon.Find(title) is { } wording)
            {
                var anchorWords = StripBack(StripFront([.. words.Take(words.Count - take)], ref modifiers), ref modifiers);
                return Build(text, wording, anchorWords, modifiers);
            }
        }

        foreach (var relationship in RelationshipWords)
        {
            var relation = relationship.Split(' ');
            if (words.Count > relation.Length && words.Skip(words.Count - relation.Length).SequenceEqual(relation))
            {
                var anchorWords = words.Take(words.Count - relation.Length).ToList();
                var anchorText = string.Join(' ', anchorWords);
                return new RolePhrase(text, "", [], null, FindRelative(anchorText, relationship), anchorText, relationship.Replace(' ', '-'), modifiers);
            }
        }

        return new RolePhrase(text, "", [], null, null, string.Join(' ', words), null, modifiers);
    }

    private RolePhrase Build(string text, RoleWording wording, List<string> anchorWords, RoleModifiers modifiers)
    {
        var anchorText = string.Join(' ', anchorWords);
        string? country = null;
        string? anchorId = null;
        if (anchorText.Length > 0)
        {
            country = countries.Find(anchorText);
            if (country is null)
            {
                anchorId = FindActor(anchorText, person: false);
                country = anchorId is not null && kb.Get(anchorId) is { } org ? org.First(Props.Country) : null;
            }
        }

        var roleWords = wording.Words;
        if (modifiers.HasFlag(RoleModifiers.Deputy))
        {
            // A deputy holds a different post: only a position named with "deputy" can answer.
            roleWords = "deputy " + roleWords;
        }

        return new RolePhrase(text, roleWords, modifiers.HasFlag(RoleModifiers.Deputy) ? [] : wording.Roles, country, anchorId, anchorText, null, modifiers);
    }

    private string? FindActor(string anchorText, bool person)
    {
        if (anchorText.Length == 0)
        {
            return null;
        }

        var exact = kb.FindExact(anchorText).Select(n => n.EntityId).Distinct(StringComparer.Ordinal)
            .Where(id => kb.Get(id) is { } e && (person ? e.Schema == Schemas.Person : e.Schema is Schemas.Organization or Schemas.PublicBody))
            .ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        if (person && exact.Count == 0 && !anchorText.Contains(' ', StringComparison.Ordinal))
        {
            // A bare surname ("Trump's son-in-law") names someone only when one person in the record has it.
            var bySurname = kb.FindBySurname(anchorText);
            return bySurname.Length == 1 ? bySurname[0] : null;
        }

        return null;
    }

    /// <summary>
    /// The person a relationship phrase hangs on. Among several people with that name, the one the record gives such a
    /// relation wins ("Trump's son-in-law": the Trump who has a son-in-law on record).
    /// </summary>
    private string? FindRelative(string anchorText, string relationship)
    {
        if (FindActor(anchorText, person: true) is { } one)
        {
            return one;
        }

        var candidates = kb.FindExact(anchorText).Select(n => n.EntityId)
            .Concat(anchorText.Contains(' ', StringComparison.Ordinal) ? [] : kb.FindBySurname(anchorText))
            .Distinct(StringComparer.Ordinal)
            .Where(id => kb.RelationsOf(id).Any(r => r.PersonId == id && NameKey.Exact(r.Relationship).Contains(relationship, StringComparison.Ordinal)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static List<string> StripFront(List<string> words, ref RoleModifiers modifiers)
    {
        var start = 0;
        while (start < words.Count)
        {
            var w = words[start];
            var m = Modifier(w);
            if (m != RoleModifiers.None)
            {
                modifiers |= m;
            }
            else if (!Determiners.Contains(w))
            {
                break;
            }

            start++;
        }

        return start == 0 ? words : words.Skip(start).ToList();
    }

    /// <summary>Modifiers between anchor and title ("Ukraine's acting foreign minister").</summary>
    private static List<string> StripBack(List<string> words, ref RoleModifiers modifiers)
    {
        var end = words.Count;
        while (end > 0)
        {
            var m = Modifier(words[end - 1]);
            if (m == RoleModifiers.None)
            {
                break;
            }

            modifiers |= m;
            end--;
        }

        return end == words.Count ? words : words.Take(end).ToList();
    }

    private static RoleModifiers Modifier(string word) => word switch
    {
        "former" or "ex" or "outgoing" or "erstwhile" or "late" => RoleModifiers.Former,
        "then" => RoleModifiers.Then,
        "acting" or "interim" or "caretaker" => RoleModifiers.Acting,
        "deputy" => RoleModifiers.Deputy,
        "incoming" or "designate" or "future" or "elect" => RoleModifiers.Incoming,
        _ => RoleModifiers.None,
    };

    /// <summary>Exact-key words with possessive endings removed ("Ukraine's" → "ukraine").</summary>
    private static List<string> Words(string text)
    {
        var result = new List<string>();
        foreach (var raw in text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd(',', '.', ';', ':', '"', '\u201D');
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^2];
            }
            else if (word.EndsWith('\'') || word.EndsWith('\u2019'))
            {
                word = word[..^1];
            }

            result.AddRange(NameKey.Exact(word).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return result;
    }
}
