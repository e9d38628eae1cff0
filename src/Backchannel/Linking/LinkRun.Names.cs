using System.Globalization;
using Backchannel.Entities;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>Names: recognised mentions looked up in the document and the record, ranked by priors.</summary>
internal sealed partial class LinkRun
{
    private void LinkMention(EntityMention mention, FoundPhrase? title)
    {
        // The title's span goes on the link, so a check can show the words it read.
        mentionTitle = title is { } found ? (found.Start, Math.Min(found.End, mention.End)) : (-1, -1);
        var nameStart = mention.Start;
        if (title is { } t && t.End > mention.Start)
        {
            nameStart = t.End;
            while (nameStart < mention.End && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }
        }

        // "Mr Blair": the recogniser often takes the honorific into the name, and the name proper is what follows.
        nameStart += HonorificLength(text.AsSpan(nameStart, mention.End - nameStart));
        var surface = text.AsSpan(nameStart, mention.End - nameStart);
        var phrase = title?.Phrase;

        // "MPs", "NGOs": a common noun, never one entity's name.
        if (LinkEvidence.IsAcronymPlural(surface))
        {
            return;
        }

        // A name met before in this document (a third of all mentions) is found from its key's characters in the
        // document's own small index, before the pool of every key is probed.
        NameKeyEntry entry;
        if (keys.TryKey(surface, out var chars))
        {
            if (chars.IsEmpty)
            {
                return;
            }

            if (actors.ByName(chars, out var met) is { } seen)
            {
                Repeated(mention, seen, met, phrase);
                return;
            }

            if (TryLinkUnknown(mention, title, surface, chars))
            {
                return;
            }

            entry = keys.Entry(chars);
        }
        else
        {
            entry = keys.Exact(surface);
            if (entry.Key.Length == 0)
            {
                return;
            }

            if (actors.ByName(entry.Key) is { } seen)
            {
                Repeated(mention, seen, entry.Key, phrase);
                return;
            }
        }

        var key = entry.Key;
        var label = title is null ? mention.Label : EntityTypes.Person;
        var single = !key.Contains(' ', StringComparison.Ordinal);

        // An acronym the document spells out stands for what it spells out, whatever the record files under it; when
        // the record knows the spelled-out name too ("United States" for "US"), the acronym is linked as usual.
        if (single && label is not EntityTypes.Person && LinkEvidence.LooksLikeAcronym(surface) && SpelledOut(surface) is { } full
            && !RecordKnows(full))
        {
            LinkAcronym(mention, full, key, entry);
            return;
        }

        if (single && label is not EntityTypes.Norp && actors.HasSurnames && (actors.BySurname(key) ?? actors.BySurname(LooseLastWord(entry))) is { } introduced)
        {
            Finish(mention, introduced.Id, LinkKind.Coreference, 0.9f, introduced.SurnameReason, key, phrase, true, entry: entry);
            return;
        }

        if (LinkFromRecord(mention, nameStart, entry, label, phrase))
        {
            return;
        }

        if (label == EntityTypes.Norp)
        {
            if (owner.Countries.Find(key) is { } code && owner.CountryIdByCode.TryGetValue(code, out var countryId))
            {
                Finish(mention, countryId, LinkKind.Name, 0.7f, "nationality word", key, null, false, entry: entry);
            }

            return;
        }

        if (single && label == EntityTypes.Person && !owner.Evidence.IsGivenName(key) && SupportedSurnameHolder(entry) is { } holder)
        {
            Finish(mention, holder, LinkKind.Name, 0.5f, $"surname; the one person of that name holding a post on {dayText} whose country the document names", key, phrase, true, entry: entry);
            return;
        }

        if (label is EntityTypes.Person or EntityTypes.Organization && !(surface.Length <= 5 && surface[^1] == '.'))
        {
            Finish(mention, actors.NewNilId(), LinkKind.Name, 0.6f, "not in the knowledge base", key, phrase, label == EntityTypes.Person, entry: entry);
        }
    }

    /// <summary>
    /// A person's or organisation's name the record cannot know (<see cref="UnknownNameFilter"/> is certain of it)
    /// becomes a NIL here, with what the full path would have done and without a probe of the key pool: most names in
    /// news are such names. False, with nothing done, whenever the full path might link it otherwise (including a
    /// surname of someone the document introduced). <paramref name="chars"/> is the key in the pool's buffer.
    /// </summary>
    private bool TryLinkUnknown(EntityMention mention, FoundPhrase? title, ReadOnlySpan<char> surface, ReadOnlySpan<char> chars)
    {
        var label = title is null ? mention.Label : EntityTypes.Person;
        if (label is not (EntityTypes.Person or EntityTypes.Organization) || (surface.Length <= 5 && surface[^1] == '.'))
        {
            return false;
        }

        var loose = looseBuffer.AsSpan(0, NameKey.LooseFromExact(chars, looseBuffer));
        var lastSpace = chars.LastIndexOf(' ');
        if (owner.UnknownNames.MayBeKnown(loose) || (lastSpace < 0 && actors.HasSurnames && (actors.HasSurname(chars) || actors.HasSurname(loose))))
        {
            return false;
        }

        // Not pooled: a name the record does not know is mostly met in one document, and the pool would keep it.
        var person = label == EntityTypes.Person;
        var key = new string(chars);
        var lastWord = person && lastSpace > 0 ? new string(chars[(lastSpace + 1)..]) : null;
        Finish(mention, actors.NewNilId(), LinkKind.Name, 0.6f, "not in the knowledge base", key, title?.Phrase, person, lastWord: lastWord);
        return true;
    }

    private void Repeated(EntityMention mention, DocumentActor repeated, string key, RolePhrase? phrase) =>
        Finish(mention, repeated.Id, LinkKind.Name, repeated.IsNil ? 0.7f : 0.9f, repeated.SameNameReason, key, phrase, repeated.IsPerson, repeated: repeated);

    /// <summary>Looks the name up in the record and links the best candidate; false when nothing fits.</summary>
    private bool LinkFromRecord(EntityMention mention, int nameStart, NameKeyEntry entry, string label, RolePhrase? title)
    {
        var key = entry.Key;
        var withThe = PrecededByThe(mention.Start) && !InLexicon(entry);
        var person = label == EntityTypes.Person;

        // A name another document linked the same way on this day, with no title to weigh and no rival to rank. Not
        // when the name runs on here ("… Fund for Veterans"): the remembered link never weighed that.
        if (title is null && !NameContinues(mention.End) && entry.TryGetDecision(day, withThe, label, out var decided))
        {
            var isPerson = decided.Entity.Schema == Schemas.Person;
            Finish(mention, decided.Entity.Id, LinkKind.Name, decided.Confidence, decided.Reason, key, null, isPerson, entry: entry, entity: decided.Entity, recordSurname: decided.RecordSurname);
            return true;
        }

        // The pooled key remembers the last answer, so a repeated name does not probe the shared caches again.
        if (!entry.TryGetCandidates(day, withThe, person, out var found))
        {
            found = owner.Records.Find(key, day, withThe, person);
            entry.Remember(day, withThe, person, found);
        }

        if (found.Length == 0)
        {
            return false;
        }

        // A copy in the run's one list (nothing below re-enters this method): ranking drops candidates, and the found
        // array is shared across documents and threads.
        var candidates = recordCandidates;
        candidates.Clear();
        foreach (var candidate in found)
        {
            candidates.Add(candidate);
        }

        // A GPE is a place the gazetteers know: a person of the same name is not what the text means.
        var firstCandidate = candidates[0].Entity;
        RemoveNonActors(candidates, label);
        if (candidates.Count == 0)
        {
            return firstCandidate.Schema == Schemas.Position && LinkPositionName(mention, firstCandidate, key);
        }

        usedDocumentContext = false;
        KeepOnEvidence(candidates, nameStart, mention.End, key, label, title);
        if (candidates.Count == 0)
        {
            return false;
        }

        // The best and the runner-up are all the confidence needs (ties keep record order, as a stable sort would).
        var best = Score(candidates, 0, label, title);
        var second = best;
        for (var i = 1; i < candidates.Count; i++)
        {
            var scored = Score(candidates, i, label, title);
            if (scored.Score > best.Score)
            {
                second = best;
                best = scored;
            }
            else if (i == 1 || scored.Score > second.Score)
            {
                second = scored;
            }
        }

        var count = candidates.Count;
        var margin = count > 1 ? best.Score - second.Score : double.MaxValue;

        // Several candidates and nothing to tell them apart: uncertain, so no link.
        if (margin <= 0)
        {
            return false;
        }

        var confidence = best.Base * (best.Fits ? 1f : 0.7f) * (margin >= 1 ? (count > 1 ? 0.9f : 1f) : margin > 0 ? 0.75f : 0.5f);
        var reason = best.Match switch
        {
            "loose" => $"name matches '{best.Entity.Caption}' up to transliteration",
            "given" => $"given name and surname of '{best.Entity.Caption}'",
            _ => best.Base >= 0.9f ? "exact name" : "alias",
        };
        if (count > 1)
        {
            reason += $"; best of {count.ToString(CultureInfo.InvariantCulture)} by {(best.Check.Agreement == TitleAgreement.Agrees ? "title" : HoldsAnyPost(best.Entity.Id) ? $"post held on {dayText}" : "record order")}";
        }

        var bestIsPerson = best.Entity.Schema == Schemas.Person;
        if (title is null && count == 1 && !usedDocumentContext)
        {
            // One candidate and no title: nothing else in any document can change this link, so it is remembered.
            entry.RememberDecision(day, withThe, new LinkDecision(label, best.Entity, confidence, reason, bestIsPerson ? RecordSurname(best.Entity) : ""));
        }

        Finish(mention, best.Entity.Id, LinkKind.Name, confidence, reason, key, title, bestIsPerson, best.Check, entry, best.Entity);
        return true;
    }

    // Positions are not actors, and a GPE is not a person. A loop, not RemoveAll with a lambda that would capture the
    // label and allocate on every mention.
    private static void RemoveNonActors(List<RecordCandidate> candidates, string label)
    {
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var schema = candidates[i].Entity.Schema;
            if (schema != Schemas.Position && !(label == EntityTypes.Gpe && schema == Schemas.Person))
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private (KbEntity Entity, string Match, float Base, bool Fits, TitleCheck Check, double Score) Score(
        List<RecordCandidate> candidates, int i, string label, RolePhrase? title)
    {
        var (entity, match, confidenceBase) = candidates[i];
        var fits = Fits(label, entity.Schema);
        var check = dated && title is not null && entity.Schema == Schemas.Person ? owner.Checker.Check(entity.Id, title, day, sentenceTime) : TitleCheck.None;
        var score = (fits ? 3 : 0) + (match is "loose" or "given" ? 0.6 : confidenceBase >= 0.9f ? 1 : 0.5) + check.Prior;
        if (candidates.Count > 1)
        {
            score += HoldsAnyPost(entity.Id) ? 1 : 0;
            score += SentenceNamesCountryOf(entity) ? 0.5 : 0;
        }

        return (entity, match, confidenceBase, fits, check, score);
    }

    /// <summary>A post's own name used as a mention ("the Secretary of State"): its holder on the day.</summary>
    private bool LinkPositionName(EntityMention mention, KbEntity position, string key)
    {
        var holders = dated ? kb.HoldersOn(position.Id, day).OrderBy(h => h.Check.Certain ? 0 : 1).ToList() : [];
        if (holders.Count == 0)
        {
            return false;
        }

        var term = holders[0].Term;
        Finish(mention, term.HolderId, LinkKind.Title, holders[0].Check.Certain ? 0.8f : 0.55f, HolderReason(position.Id, term), key, null, true);
        return true;
    }

    /// <summary>
    /// Of the people with this surname who held a post on the day, the one person whose country the document names
    /// (several people share most surnames: the document's countries decide, and if they do not, nobody is linked).
    /// The holders are remembered on the pooled key for the day, so a surname met again skips the shared cache's probe.
    /// </summary>
    private string? SupportedSurnameHolder(NameKeyEntry entry)
    {
        if (!dated)
        {
            return null;
        }

        if (!entry.TryGetSurnameHolders(day, out var holders))
        {
            holders = owner.SurnameHolders(entry.Key, day);
            entry.RememberSurnameHolders(day, holders);
        }

        string? supported = null;
        foreach (var holder in holders)
        {
            if (Supported(holder))
            {
                if (supported is not null)
                {
                    return null;
                }

                supported = holder;
            }
        }

        return supported;
    }

    /// <summary>The length of a leading honorific and the space after it ("Mr ", "Mrs. ", "Dr "), or 0.</summary>
    internal static int HonorificLength(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || space == name.Length - 1)
        {
            return 0;
        }

        var word = name[..space].TrimEnd('.');
        foreach (var honorific in (ReadOnlySpan<string>)["Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Mlle", "Messrs"])
        {
            if (word.Equals(honorific, StringComparison.Ordinal))
            {
                var length = space + 1;
                while (length < name.Length && name[length] == ' ')
                {
                    length++;
                }

                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether the record has an actor under the exact name of <paramref name="mention"/>.</summary>
    private bool RecordKnows(EntityMention mention) =>
        owner.Records.Find(keys.Exact(text.AsSpan(mention.Start, mention.End - mention.Start)).Key, day, false, false).Length > 0;

    /// <summary>An acronym linked as what the document spelled it out as: that mention's actor, or a NIL.</summary>
    private void LinkAcronym(EntityMention mention, EntityMention full, string key, NameKeyEntry entry)
    {
        var fullName = text[full.Start..full.End];
        foreach (var link in links)
        {
            if (link.Start == full.Start && link.End == full.End)
            {
                Finish(mention, link.EntityId, LinkKind.Coreference, 0.85f, $"acronym of '{fullName}' at {full.Start.ToString(CultureInfo.InvariantCulture)}", key, null, false, entry: entry);
                return;
            }
        }

        Finish(mention, actors.NewNilId(), LinkKind.Name, 0.6f, $"acronym of '{fullName}' in this document, which the record does not hold", key, null, false, entry: entry);
    }

    private bool HoldsAnyPost(string id) => dated && owner.HoldsAnyPost(id, day);

    private bool SentenceNamesCountryOf(KbEntity entity)
    {
        usedDocumentContext = true;
        sentenceCountries ??= [.. sentenceMentions.Where(m => m.Label is EntityTypes.Gpe or EntityTypes.Norp)
            .Select(m => owner.Countries.Find(text[m.Start..m.End])).OfType<string>()];
        return sentenceCountries.Count > 0
            && entity.Values(Props.Nationality).Concat(entity.Values(Props.Country)).Any(c => sentenceCountries.Contains(c, StringComparer.Ordinal));
    }

    private static bool Fits(string label, string schema) => label switch
    {
        EntityTypes.Person => schema == Schemas.Person,
        EntityTypes.Organization => schema is Schemas.Organization or Schemas.PublicBody,
        EntityTypes.Gpe or EntityTypes.Location or EntityTypes.Norp => schema == Schemas.Country,
        _ => schema is Schemas.Organization or Schemas.PublicBody or Schemas.Person,
    };
}
