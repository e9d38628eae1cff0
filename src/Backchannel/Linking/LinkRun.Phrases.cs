using System.Globalization;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>Titles and descriptions: resolved through posts on the date, or back to an actor met earlier.</summary>
internal sealed partial class LinkRun
{
    private void LinkPhrase(FoundPhrase found)
    {
        var phrase = found.Phrase;
        if (phrase.Relationship is { } relationship)
        {
            var answers = owner.Resolver.Resolve(phrase, day);
            if (answers.Count > 0)
            {
                AddPhraseLink(found, answers[0].Holder.Id, LinkKind.Description, answers.Count == 1 ? 0.8f : 0.5f, $"{relationship} of {phrase.AnchorId} in the record");
            }

            return;
        }

        if (found.AnchorId is { } aliasAnchor && phrase.AnchorId is null)
        {
            // "the head of Russia's sovereign wealth fund": the anchor is an organisation known by a description.
            phrase = phrase with { AnchorId = aliasAnchor, CountryCode = phrase.CountryCode ?? kb.Get(aliasAnchor)?.First(Props.Country) };
        }

        if (phrase.CountryCode is null && phrase.AnchorId is null && phrase.AnchorText.Length == 0 && lastCountry is not null
            && phrase.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase))
        {
            // "Ukraine's president is X, and its foreign minister is Y": "its" is the country last named.
            phrase = phrase with { CountryCode = lastCountry };
        }

        if (phrase.CountryCode is null && phrase.AnchorId is null && phrase.AnchorText.Length > 0)
        {
            // "Putin's special envoy": a person anchors the title in the country of the post they hold.
            if (AnchorPersonCountry(phrase.AnchorText) is not { } code)
            {
                return;
            }

            phrase = phrase with { CountryCode = code };
        }

        // Who held a post is a question about a day: an undated document's titles only point back to actors it named.
        var anchored = dated && (phrase.CountryCode is not null || phrase.AnchorId is not null);
        var former = phrase.Modifiers.HasFlag(RoleModifiers.Former);
        if (!former && anchored)
        {
            var answers = Resolve(phrase);
            var certain = answers.Where(a => a.Check.Certain).ToList();
            var pick = certain.Count > 1 ? certain.FirstOrDefault(a => actors.ById(a.Holder.Id) is not null) ?? certain[0] : answers.FirstOrDefault();
            if (pick is not null)
            {
                var confidence = certain.Count == 1 ? 0.85f : certain.Count > 1 ? 0.5f : 0.6f;
                AddPhraseLink(found, pick.Holder.Id, LinkKind.Title, confidence, HolderReason(pick.Position!.Id, pick.Term!));
                return;
            }
        }

        // "a leader" is said of someone, not a name for them; "our president" is the speaker's, whom the text may not
        // name: neither points back to an actor.
        if (!PointsBack(phrase.Text))
        {
            return;
        }

        if (actors.Latest(a => FitsTitle(a, phrase)) is { } actor)
        {
            AddPhraseLink(found, actor.Id, LinkKind.Coreference, 0.7f, $"{(phrase.RoleWords.Length > 0 ? phrase.RoleWords : "title")}: {actor.Id} introduced at {actor.IntroducedAt.ToString(CultureInfo.InvariantCulture)}");
            return;
        }

        if (former && anchored && LatestFormerHolder(phrase) is { } past)
        {
            AddPhraseLink(found, past.HolderId, LinkKind.Title, 0.55f, $"most recent former holder of {past.PostId} (term {past.Term})");
        }
    }

    private static bool PointsBack(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? phrase : phrase[..space];
        return !(first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
            || first.Equals("our", StringComparison.OrdinalIgnoreCase) || first.Equals("my", StringComparison.OrdinalIgnoreCase)
            || first.Equals("your", StringComparison.OrdinalIgnoreCase));
    }

    private void AddPhraseLink(FoundPhrase found, string id, LinkKind kind, float confidence, string reason)
    {
        var actor = actors.Seen(id, kb.Get(id)?.Schema == Schemas.Person, found.Start);
        if (found.Phrase.RoleWords.Length > 0)
        {
            actor.AddTitle(found.Phrase);
        }

        Add(new EntityLink(found.Start, found.End, id, kind, confidence, reason));
    }

    private bool FitsTitle(DocumentActor actor, RolePhrase phrase)
    {
        foreach (var title in actor.Titles)
        {
            // "the envoy" after "the special envoy", "the minister" after "Foreign Minister X".
            // Words, not role kinds: "negotiator" and "envoy" share a role kind but not a person.
            var sameWords = title.RoleWords == phrase.RoleWords || title.RoleWords.EndsWith(" " + phrase.RoleWords, StringComparison.Ordinal);
            if (sameWords
                && (phrase.CountryCode is null || title.CountryCode is null || phrase.CountryCode == title.CountryCode))
            {
                return true;
            }
        }

        if (actor.IsNil || !actor.IsPerson || !dated)
        {
            return false;
        }

        var former = phrase.Modifiers.HasFlag(RoleModifiers.Former);
        var limitedTo = owner.Lexicon.Find(phrase.RoleWords) is { Countries.IsEmpty: false } wording ? wording.Countries : default;
        foreach (var term in kb.TermsOf(actor.Id))
        {
            // "the chancellor" names a head of government only in Germany and Austria.
            if (kb.Get(term.PostId) is not { } post || !TitleChecker.Matches(post, phrase, [])
                || (!limitedTo.IsDefault && !post.Values(Props.Country).Any(c => limitedTo.Contains(c, StringComparer.Ordinal)))
                || (phrase.CountryCode is { } code && !post.Values(Props.Country).Contains(code, StringComparer.Ordinal)))
            {
                continue;
            }

            var check = term.On(day);
            if (former ? term.End is { } end && end.Latest < day : check.Possible)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Holders of the posts a phrase names on the day. When the record's posts carry no role kind and their names
    /// do not contain the words used ("top diplomat"), the other wordings of the same role kind are tried.
    /// </summary>
    private IReadOnlyList<RoleAnswer> Resolve(RolePhrase phrase)
    {
        var answers = Allowed(owner.Resolver.Resolve(phrase, day), phrase);
        if (answers.Count > 0 || phrase.Roles.Count == 0 || !owner.WordingsByRole.TryGetValue(phrase.Roles[0], out var wordings))
        {
            return answers;
        }

        foreach (var words in wordings)
        {
            if (words != phrase.RoleWords && Allowed(owner.Resolver.Resolve(phrase with { RoleWords = words }, day), phrase) is { Count: > 0 } other)
            {
                return other;
            }
        }

        return answers;
    }

    private static List<RoleAnswer> Allowed(IReadOnlyList<RoleAnswer> answers, RolePhrase phrase) =>
        [.. answers.Where(a => a.Position is null || TitleChecker.KindAllows(a.Position, phrase))];

    private string? AnchorPersonCountry(string anchorText)
    {
        var key = NameKey.Exact(anchorText);
        var id = (actors.ByName(key) ?? actors.BySurname(key))?.Id
            ?? kb.FindExact(anchorText).Select(n => kb.Get(n.EntityId)).FirstOrDefault(e => e?.Schema == Schemas.Person)?.Id;
        if (id is null || kb.Get(id) is not { Schema: Schemas.Person } person)
        {
            return null;
        }

        var post = kb.RolesOn(id, day).Where(r => r.Check.Certain).Select(r => kb.Get(r.Term.PostId)?.First(Props.Country)).OfType<string>().FirstOrDefault();
        return post ?? person.First(Props.Nationality);
    }

    private Occupancy? LatestFormerHolder(RolePhrase phrase) =>
        owner.Resolver.Posts(phrase).SelectMany(p => kb.TermsIn(p.Id))
            .Where(t => t.End is { } end && end.Latest < day)
            .OrderByDescending(t => t.End!.Value.Latest)
            .FirstOrDefault();
}
