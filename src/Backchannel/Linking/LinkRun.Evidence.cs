using Backchannel.Entities;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>
/// Evidence: a candidate of the record is kept only when the text supports it. A full name (or a name of several words
/// the record holds) is evidence; a single word — a surname, a given name, an acronym, a nickname — is not, unless a
/// title that fits, the document's own introduction of the full name, or context the record confirms (a country the
/// document names that the record ties the actor to) backs it. Sanctioned actors demand this most: a single word never
/// links to one without such context, and an alias (a nom de guerre, a former name) only when its own sentence names a
/// country the record ties the entity to. When several candidates remain and nothing tells them apart, the mention is NIL.
/// </summary>
internal sealed partial class LinkRun
{
    private readonly HashSet<string> documentCountries = new(StringComparer.Ordinal);
    private bool documentCountriesRead;

    // Countries of the actors linked so far, and how many of the links they were read from: each link is read once.
    private readonly HashSet<string> linkedCountries = new(StringComparer.Ordinal);
    private int linkedCountriesRead;
    private int mentionCount;

    /// <summary>Set when a decision rested on what this document says, so it must not be remembered for others.</summary>
    private bool usedDocumentContext;

    /// <summary>Drops the candidates the text gives no evidence for (setting <see cref="usedDocumentContext"/> when it reads the document).</summary>
    private void KeepOnEvidence(List<RecordCandidate> candidates, int nameStart, int nameEnd, string key, string label, RolePhrase? title)
    {
        var evidence = owner.Evidence;
        var single = !key.Contains(' ', StringComparison.Ordinal);
        var surface = text.AsSpan(nameStart, nameEnd - nameStart);
        var acronym = single && LinkEvidence.LooksLikeAcronym(surface);
        var place = label is EntityTypes.Gpe or EntityTypes.Location;
        var continues = NameContinues(nameEnd);
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (entity, match, _) = candidates[i];
            var keep = entity.Schema switch
            {
                // "Madrid" is a city, not Spain: a country is named by its own names and nationality words.
                Schemas.Country => !evidence.IsPlaceName(key) && match == "exact",

                // A person needs a full name, or for a single word (surname, nickname) a fitting title or confirmed context.
                Schemas.Person => !single
                    ? !(place && match != "exact") && (!evidence.IsSanctioned(entity.Id) || IsPrimaryName(entity, key) || SentenceNamesCountryOf(entity))
                    : !evidence.IsGivenName(key) && (TitleFits(entity, title) || (HoldsAnyPost(entity.Id) && Supported(entity.Id))),

                // Organisations: never a place ("Davos" is not the forum), never the first words of a longer name, and a
                // sanctioned one never by an acronym, a given name or a single word the document does not back.
                _ => !place && !continues
                    && (!evidence.IsSanctioned(entity.Id)
                        || (!single && (IsPrimaryName(entity, key) || SentenceNamesCountryOf(entity)))
                        || (single && !evidence.IsGivenName(key) && SanctionedSingleWord(entity, key, surface, acronym) && Supported(entity.Id))),
            };
            if (keep)
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// A single word may name a sanctioned organisation only as its own name ("Lantern"), or as an acronym of four
    /// letters or more written in capitals as the record writes it ("RDIF"); three-letter acronyms stand for too much.
    /// </summary>
    private static bool SanctionedSingleWord(KbEntity entity, string key, ReadOnlySpan<char> surface, bool acronym) =>
        acronym ? surface.Length >= 4 && HasName(entity, surface) : IsPrimaryName(entity, key);

    private static bool HasName(KbEntity entity, ReadOnlySpan<char> surface)
    {
        foreach (var name in entity.Values(Props.Name).Concat(entity.Values(Props.Alias)))
        {
            if (surface.Equals(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool TitleFits(KbEntity entity, RolePhrase? title) =>
        dated && title is not null && owner.Checker.Check(entity.Id, title, day, sentenceTime).Agreement == TitleAgreement.Agrees;

    /// <summary>
    /// Whether <paramref name="key"/> is the entity's own name, or its given name and surname where the record adds only
    /// a patronymic ("Kirill Dmitriev" for "Kirill Aleksandrovich Dmitriev", up to transliteration): a full name, unlike
    /// an alias or a nom de guerre. Other middle words are not dropped: "Fernando Gonzalez" is not "Fernando Torres
    /// Gonzalez", nor "Mark Taylor" "Mark John Taylor".
    /// </summary>
    private static bool IsPrimaryName(KbEntity entity, string key)
    {
        var loose = Knowledge.Names.NameKey.Loose(key);
        foreach (var name in entity.Values(Props.Name))
        {
            var exact = Knowledge.Names.NameKey.Exact(name);
            if (exact == key)
            {
                return true;
            }

            var first = exact.IndexOf(' ', StringComparison.Ordinal);
            var last = exact.LastIndexOf(' ');
            if (first > 0 && last > first && IsPatronymic(exact.AsSpan(first + 1, last - first - 1))
                && Knowledge.Names.NameKey.Loose(exact[..first] + exact[last..]) == loose)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An East Slavic (or Turkic) patronymic: "aleksandrovich", "borisovna", "ilyich", "ogly".</summary>
    private static bool IsPatronymic(ReadOnlySpan<char> word)
    {
        if (word.Contains(' '))
        {
            return false;
        }

        foreach (var ending in (ReadOnlySpan<string>)["vich", "vych", "vna", "ich", "ych", "ogly", "oglu", "uly", "kyzy", "qizi"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the document names a country the record ties the actor to, or links an actor of that country.</summary>
    private bool Supported(string id)
    {
        usedDocumentContext = true;
        var theirs = owner.Evidence.CountriesOf(id);
        if (theirs.Length == 0)
        {
            return false;
        }

        var mine = DocumentCountries();
        for (; linkedCountriesRead < links.Count; linkedCountriesRead++)
        {
            var link = links[linkedCountriesRead];
            if (!link.IsNil)
            {
                linkedCountries.UnionWith(owner.Evidence.CountriesOf(link.EntityId));
            }
        }

        foreach (var code in theirs)
        {
            if (mine.Contains(code) || linkedCountries.Contains(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The countries the document's place and nationality mentions name, read once per document.</summary>
    private HashSet<string> DocumentCountries()
    {
        if (!documentCountriesRead)
        {
            documentCountriesRead = true;
            for (var m = 0; m < mentionCount; m++)
            {
                var mention = mentionBuffer[m];
                if (mention.Label is EntityTypes.Gpe or EntityTypes.Norp or EntityTypes.Location
                    && owner.Countries.Find(text[mention.Start..mention.End]) is { } code)
                {
                    documentCountries.Add(code);
                }
            }
        }

        return documentCountries;
    }

    /// <summary>"European Council" in "European Council on Foreign Relations": the name goes on past the mention.</summary>
    private bool NameContinues(int end)
    {
        var rest = text.AsSpan(end);
        foreach (var word in (ReadOnlySpan<string>)[" of ", " on ", " for "])
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && rest.Length > word.Length && char.IsUpper(rest[word.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The multi-word name earlier or later in the document whose initials an acronym spells ("Monetary Policy
    /// Committee" for "MPC", "UK Independence Party" for "UKIP"): the document introduced the acronym in full.
    /// </summary>
    private EntityMention? SpelledOut(ReadOnlySpan<char> acronym)
    {
        Span<char> initials = stackalloc char[16];
        for (var m = 0; m < mentionCount; m++)
        {
            var mention = mentionBuffer[m];
            if (mention.Label is EntityTypes.Person or EntityTypes.Norp || mention.End - mention.Start <= acronym.Length)
            {
                continue;
            }

            var count = Initials(text.AsSpan(mention.Start, mention.End - mention.Start), initials);
            if (count >= 2 && initials[..count].Equals(acronym, StringComparison.OrdinalIgnoreCase))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The capital initials of a name's words; a word in capitals gives all its letters ("UK").</summary>
    private static int Initials(ReadOnlySpan<char> name, Span<char> initials)
    {
        var count = 0;
        var i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && !char.IsLetter(name[i]))
            {
                i++;
            }

            var start = i;
            while (i < name.Length && (char.IsLetter(name[i]) || name[i] == '\''))
            {
                i++;
            }

            var word = name[start..i];
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                continue;
            }

            var allCaps = word.Length <= 4 && LinkEvidence.LooksLikeAcronym(word);
            foreach (var c in allCaps ? word : word[..1])
            {
                if (count == initials.Length)
                {
                    return 0;
                }

                initials[count++] = c;
            }
        }

        return count;
    }

    /// <summary>Forgets the document's context (called when a run ends).</summary>
    private void ClearEvidence()
    {
        documentCountries.Clear();
        documentCountriesRead = false;
        linkedCountries.Clear();
        linkedCountriesRead = 0;
        mentionCount = 0;
        usedDocumentContext = false;
    }
}
