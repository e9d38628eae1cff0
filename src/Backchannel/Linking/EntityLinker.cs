using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// Ties names, titles, descriptions and later references in a document to knowledge-base entities, or to NIL ids for
/// people the record does not know. Ambiguity is settled by priors the record can check: who held a post on the
/// document date, which post a title next to the name claims, and which countries the sentence names. Immutable after
/// construction and thread-safe: all per-document state lives in the call.
/// </summary>
public sealed class EntityLinker
{
    private static readonly ConditionalWeakTable<KnowledgeBase, EntityLinker> Cache = [];

    private readonly RoleLexicon lexicon;
    private readonly RoleResolver resolver;
    private readonly RolePhraseFinder finder;
    private readonly DescriptionAliasIndex aliases;
    private readonly TitleChecker checker;
    private readonly CountryLexicon countries;
    private readonly FrozenDictionary<string, string> countryIdByCode;
    private readonly FrozenDictionary<string, string[]> wordingsByRole;
    private readonly FrozenDictionary<string, string[]> looseSurnames;

    /// <summary>A linker over <paramref name="kb"/> with the shipped role lexicon, or <paramref name="lexicon"/>.</summary>
    public EntityLinker(KnowledgeBase kb, RoleLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        KnowledgeBase = kb;
        lexicon ??= RoleLexicon.Default;
        resolver = new RoleResolver(kb, lexicon);
        finder = new RolePhraseFinder(resolver.Parser, lexicon);
        this.lexicon = lexicon;
        aliases = new DescriptionAliasIndex(kb, words => lexicon.Find(words) is not null);
        checker = new TitleChecker(kb, resolver);
        countries = resolver.Parser.Countries;
        wordingsByRole = lexicon.Wordings.Where(w => w.Roles.Length > 0 && w.Countries.IsEmpty)
            .GroupBy(w => w.Roles[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Words).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        looseSurnames = LooseSurnames(kb);
        countryIdByCode = kb.Entities.Where(e => e.Schema == Schemas.Country && e.First(Props.Code) is not null)
            .GroupBy(e => e.First(Props.Code)!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base links point into.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The shared linker of <paramref name="kb"/> (built once per knowledge base).</summary>
    public static EntityLinker For(KnowledgeBase kb) => Cache.GetValue(kb, k => new EntityLinker(k));

    /// <summary>Links one document read on <paramref name="day"/>; links come back in text order.</summary>
    public EntityLink[] Link(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<PosTag> pos, ReadOnlySpan<EntityMention> entities, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0 || pos.Length != tokens.Length)
        {
            return [];
        }

        var run = new LinkRun(this, text, day);
        var phrases = new List<FoundPhrase>();
        var firstMention = 0;
        foreach (var sentence in sentences)
        {
            while (firstMention < entities.Length && entities[firstMention].Start < sentence.Start)
            {
                firstMention++;
            }

            var endMention = firstMention;
            while (endMention < entities.Length && entities[endMention].End <= sentence.End)
            {
                endMention++;
            }

            run.Sentence(tokens, pos, sentence, phrases, entities, entities[firstMention..endMention]);
            firstMention = endMention;
        }

        return run.Result();
    }

    /// <summary>
    /// People by the transliteration-folded last word of their names ("Zelensky", "Dmitriyev"); a name written
    /// "SURNAME, Given" (as sanctions lists do) gives the word before the comma.
    /// </summary>
    private static FrozenDictionary<string, string[]> LooseSurnames(KnowledgeBase kb)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in kb.Entities.Where(e => e.Schema == Schemas.Person))
        {
            foreach (var name in person.Values(Props.Name).Concat(person.Values(Props.Alias)))
            {
                var comma = name.IndexOf(',', StringComparison.Ordinal);
                var key = NameKey.Loose(comma > 0 ? name.AsSpan(0, comma) : name);
                var space = key.LastIndexOf(' ');
                var surname = comma > 0 || space < 0 ? key : key[(space + 1)..];
                if (surname.Length > 2 && (comma > 0 || space > 0))
                {
                    if (!map.TryGetValue(surname, out var ids))
                    {
                        map[surname] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(person.Id);
                }
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The state of one <see cref="Link"/> call.</summary>
    private sealed class LinkRun(EntityLinker owner, string text, DateOnly day)
    {
        private readonly KnowledgeBase kb = owner.KnowledgeBase;
        private readonly DocumentActors actors = new();
        private readonly List<EntityLink> links = [];
        private readonly string dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        private List<string>? sentenceCountries;
        private string? lastCountry;
        private EntityMention[] sentenceMentions = [];

        public EntityLink[] Result()
        {
            // A surname seen before the full name (a headline) first became a NIL; the later full name claims it back.
            foreach (var nil in actors.Where(a => a.IsNil && a.IsPerson && a.NameKeys.All(k => !k.Contains(' ', StringComparison.Ordinal))))
            {
                var owner = actors.Latest(a => !a.IsNil && a.IsPerson && a.IntroducedAt > nil.IntroducedAt && nil.NameKeys.Any(a.Surnames.Contains));
                if (owner is null)
                {
                    continue;
                }

                for (var i = 0; i < links.Count; i++)
                {
                    if (links[i].EntityId == nil.Id)
                    {
                        links[i] = links[i] with
                        {
                            EntityId = owner.Id,
                            Kind = LinkKind.Coreference,
                            Confidence = 0.8f,
                            Reason = $"surname of {owner.Id}, full name at {owner.IntroducedAt.ToString(CultureInfo.InvariantCulture)}",
                        };
                    }
                }
            }

            return [.. links.OrderBy(l => l.Start).ThenBy(l => l.End)];
        }

        public void Sentence(ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, Sentence sentence, List<FoundPhrase> phrases, ReadOnlySpan<EntityMention> entities, ReadOnlySpan<EntityMention> mentions)
        {
            sentenceCountries = null;
            sentenceMentions = mentions.ToArray();
            var aliasSpans = new List<(int Start, int End, DescriptionAliasIndex.Entry Entry)>();
            var last = sentence.FirstToken + sentence.TokenCount;
            for (var t = sentence.FirstToken; t < last; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && owner.aliases.TryMatch(text, tokens, t, last, day, out var start, out var end, out var entry))
                {
                    aliasSpans.Add((start, end, entry));
                    while (t + 1 < last && tokens[t + 1].Start < end)
                    {
                        t++;
                    }
                }
            }

            phrases.Clear();
            owner.finder.Find(text, tokens, pos, sentence, entities, aliasSpans, phrases);

            // Which phrase stands right before (or at the start of) which mention: a title next to a name.
            var attached = new int[mentions.Length];
            Array.Fill(attached, -1);
            var consumed = new bool[phrases.Count];
            for (var p = 0; p < phrases.Count; p++)
            {
                if (phrases[p].IsRelationship)
                {
                    continue;
                }

                for (var m = 0; m < mentions.Length; m++)
                {
                    if (attached[m] < 0 && Attaches(phrases[p], mentions[m]))
                    {
                        attached[m] = p;
                        consumed[p] = true;
                        break;
                    }
                }
            }

            // Everything in text order, so each reference sees what came before it.
            var items = new List<(int Start, int Kind, int Index)>(mentions.Length + phrases.Count + aliasSpans.Count);
            for (var m = 0; m < mentions.Length; m++)
            {
                items.Add((mentions[m].Start, 1, m));
            }

            for (var p = 0; p < phrases.Count; p++)
            {
                // A phrase the record knows as a whole ("X's son-in-law" as an alias) is linked once, as the alias.
                if (!consumed[p] && !aliasSpans.Exists(a => a.Start <= phrases[p].Start && phrases[p].End <= a.End))
                {
                    items.Add((phrases[p].Start, 2, p));
                }
            }

            for (var a = 0; a < aliasSpans.Count; a++)
            {
                items.Add((aliasSpans[a].Start, 0, a));
            }

            items.Sort();
            foreach (var (_, kind, index) in items)
            {
                switch (kind)
                {
                    case 0:
                        LinkAlias(aliasSpans[index].Start, aliasSpans[index].End, aliasSpans[index].Entry);
                        break;
                    case 1:
                        var mention = mentions[index];
                        if (!aliasSpans.Exists(a => a.Entry.Kind == LinkKind.Name && a.Start <= mention.Start && mention.End <= a.End) && !(mention.Label == EntityTypes.Norp && phrases.Exists(p => p.Start <= mention.Start && mention.End <= p.End)))
                        {
                            LinkMention(mention, attached[index] >= 0 ? phrases[attached[index]] : null);
                        }

                        break;
                    default:
                        LinkPhrase(phrases[index]);
                        break;
                }
            }
        }

        private bool Attaches(FoundPhrase phrase, EntityMention mention)
        {
            if (mention.Label == EntityTypes.Norp)
            {
                return false;
            }

            var titleInside = phrase.TitleStart >= mention.Start && phrase.End < mention.End && phrase.TitleStart < mention.End;
            var before = phrase.End <= mention.Start && mention.Start - phrase.End <= 2 && text.AsSpan(phrase.End, mention.Start - phrase.End).IsWhiteSpace();
            if (!titleInside && !before)
            {
                return false;
            }

            // A country after a title is its anchor ("President of Ukraine"), not the name of a holder.
            return mention.Label == EntityTypes.Person || owner.countries.Find(text[mention.Start..mention.End]) is null;
        }

        private void LinkAlias(int start, int end, DescriptionAliasIndex.Entry entry)
        {
            var isPerson = kb.Get(entry.EntityId)?.Schema == Schemas.Person;
            var actor = actors.Seen(entry.EntityId, isPerson, start);
            actor.AddName(NameKey.Exact(text.AsSpan(start, end - start)));
            Add(new EntityLink(start, end, entry.EntityId, entry.Kind, 0.85f, entry.Kind == LinkKind.Description ? $"description '{entry.Name}' in the record" : $"name '{entry.Name}' in the record"));
        }

        private void LinkMention(EntityMention mention, FoundPhrase? title)
        {
            var nameStart = mention.Start;
            if (title is { } t && t.End > mention.Start)
            {
                nameStart = t.End;
                while (nameStart < mention.End && char.IsWhiteSpace(text[nameStart]))
                {
                    nameStart++;
                }
            }

            var surface = text.AsSpan(nameStart, mention.End - nameStart);
            var key = NameKey.Exact(surface);
            if (key.Length == 0)
            {
                return;
            }

            var label = title is null ? mention.Label : EntityTypes.Person;
            var single = !key.Contains(' ', StringComparison.Ordinal);
            var phrase = title?.Phrase;

            if (actors.ByName(key) is { } repeated)
            {
                Finish(mention, repeated.Id, LinkKind.Name, repeated.IsNil ? 0.7f : 0.9f, $"same name as at {repeated.IntroducedAt.ToString(CultureInfo.InvariantCulture)}", key, phrase, repeated.IsPerson);
                return;
            }

            if (single && label is not EntityTypes.Norp && (actors.BySurname(key) ?? actors.BySurname(NameKey.Loose(surface))) is { } introduced)
            {
                Finish(mention, introduced.Id, LinkKind.Coreference, 0.9f, $"surname of {introduced.Id} introduced at {introduced.IntroducedAt.ToString(CultureInfo.InvariantCulture)}", key, phrase, true);
                return;
            }

            if (LinkFromRecord(mention, surface, key, label, phrase))
            {
                return;
            }

            if (label == EntityTypes.Norp)
            {
                if (owner.countries.Find(key) is { } code && owner.countryIdByCode.TryGetValue(code, out var countryId))
                {
                    Finish(mention, countryId, LinkKind.Name, 0.7f, "nationality word", key, null, false);
                }

                return;
            }

            if (single && label == EntityTypes.Person && UniqueSurnameHolder(key) is { } holder)
            {
                Finish(mention, holder, LinkKind.Name, 0.5f, $"surname only; the one person of that name holding a post on {dayText}", key, phrase, true);
                return;
            }

            if (label is EntityTypes.Person or EntityTypes.Organization && !(surface.Length <= 5 && surface[^1] == '.'))
            {
                Finish(mention, actors.NewNilId(), LinkKind.Name, 0.6f, "not in the knowledge base", key, phrase, label == EntityTypes.Person);
            }
        }

        /// <summary>Looks the name up in the record and links the best candidate; false when nothing fits.</summary>
        private bool LinkFromRecord(EntityMention mention, ReadOnlySpan<char> surface, string key, string label, RolePhrase? title)
        {
            var candidates = new List<(KbEntity Entity, string Match, float Base)>();
            Collect(candidates, kb.FindExact(surface), "exact");
            if (candidates.Count == 0 && PrecededByThe(mention.Start) && owner.lexicon.Find(key) is null)
            {
                Collect(candidates, kb.FindExact("the " + surface.ToString()), "exact");
            }

            if (candidates.Count == 0 && key.Length >= 4)
            {
                Collect(candidates, kb.FindLoose(surface), "loose");
            }

            if (candidates.Count == 0 && label == EntityTypes.Person)
            {
                CollectGivenAndSurname(candidates, key);
            }

            if (candidates.Count == 0)
            {
                return false;
            }

            // A GPE is a place the gazetteers know: a person of the same name is not what the text means.
            var actorsOnly = candidates.Where(c => c.Entity.Schema != Schemas.Position && !(label == EntityTypes.Gpe && c.Entity.Schema == Schemas.Person)).ToList();
            if (actorsOnly.Count == 0)
            {
                return candidates[0].Entity.Schema == Schemas.Position && LinkPositionName(mention, candidates[0].Entity, key);
            }

            var scored = actorsOnly.Select(c => (c.Entity, c.Match, c.Base, Fits: Fits(label, c.Entity.Schema), Check: TitleCheck.None, Score: 0.0)).ToList();
            for (var i = 0; i < scored.Count; i++)
            {
                var c = scored[i];
                var check = title is not null && c.Entity.Schema == Schemas.Person ? owner.checker.Check(c.Entity.Id, title, day) : TitleCheck.None;
                var score = (c.Fits ? 3 : 0) + (c.Match is "loose" or "given" ? 0.6 : c.Base >= 0.9f ? 1 : 0.5) + check.Prior;
                if (scored.Count > 1)
                {
                    score += HoldsAnyPost(c.Entity.Id) ? 1 : 0;
                    score += SentenceNamesCountryOf(c.Entity) ? 0.5 : 0;
                }

                scored[i] = c with { Check = check, Score = score };
            }

            var ranked = scored.OrderByDescending(c => c.Score).ToList();
            var best = ranked[0];
            var margin = ranked.Count > 1 ? best.Score - ranked[1].Score : double.MaxValue;
            var confidence = best.Base * (best.Fits ? 1f : 0.7f) * (margin >= 1 ? (ranked.Count > 1 ? 0.9f : 1f) : margin > 0 ? 0.75f : 0.5f);
            var reason = best.Match switch
            {
                "loose" => $"name matches '{best.Entity.Caption}' up to transliteration",
                "given" => $"given name and surname of '{best.Entity.Caption}'",
                _ => best.Base >= 0.9f ? "exact name" : "alias",
            };
            if (ranked.Count > 1)
            {
                reason += $"; best of {ranked.Count.ToString(CultureInfo.InvariantCulture)} by {(best.Check.Agreement == TitleAgreement.Agrees ? "title" : HoldsAnyPost(best.Entity.Id) ? $"post held on {dayText}" : "record order")}";
            }

            Finish(mention, best.Entity.Id, LinkKind.Name, confidence, reason, key, title, best.Entity.Schema == Schemas.Person, best.Check);
            return true;
        }

        private void Collect(List<(KbEntity Entity, string Match, float Base)> candidates, IEnumerable<NameEntry> entries, string match)
        {
            foreach (var entry in entries)
            {
                if (!entry.ValidOn(day) || kb.Get(entry.EntityId) is not { } entity || candidates.Exists(c => c.Entity.Id == entity.Id))
                {
                    continue;
                }

                var confidence = match == "loose" ? 0.8f : entry.Kind switch
                {
                    "name" or "transliteration" or "acronym" => 0.95f,
                    "weak" or "nickname" => 0.8f,
                    _ => 0.75f,
                };
                candidates.Add((entity, match, confidence));
            }
        }

        /// <summary>A post's own name used as a mention ("the Secretary of State"): its holder on the day.</summary>
        private bool LinkPositionName(EntityMention mention, KbEntity position, string key)
        {
            var holders = kb.HoldersOn(position.Id, day).OrderBy(h => h.Check.Certain ? 0 : 1).ToList();
            if (holders.Count == 0)
            {
                return false;
            }

            var term = holders[0].Term;
            Finish(mention, term.HolderId, LinkKind.Title, holders[0].Check.Certain ? 0.8f : 0.55f, HolderReason(position.Id, term), key, null, true);
            return true;
        }

        private void LinkPhrase(FoundPhrase found)
        {
            var phrase = found.Phrase;
            if (phrase.Relationship is { } relationship)
            {
                var answers = owner.resolver.Resolve(phrase, day);
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

            var anchored = phrase.CountryCode is not null || phrase.AnchorId is not null;
            var former = phrase.Modifiers.HasFlag(RoleModifiers.Former);
            if (!former && anchored)
            {
                var answers = Resolve(phrase);
                var certain = answers.Where(a => a.Check.Certain).ToList();
                var pick = certain.Count > 1 ? certain.FirstOrDefault(a => actors.Latest(x => x.Id == a.Holder.Id) is not null) ?? certain[0] : answers.FirstOrDefault();
                if (pick is not null)
                {
                    var confidence = certain.Count == 1 ? 0.85f : certain.Count > 1 ? 0.5f : 0.6f;
                    AddPhraseLink(found, pick.Holder.Id, LinkKind.Title, confidence, HolderReason(pick.Position!.Id, pick.Term!));
                    return;
                }
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

        private void AddPhraseLink(FoundPhrase found, string id, LinkKind kind, float confidence, string reason)
        {
            var actor = actors.Seen(id, kb.Get(id)?.Schema == Schemas.Person, found.Start);
            if (found.Phrase.RoleWords.Length > 0)
            {
                actor.Titles.Add(found.Phrase);
            }

            Add(new EntityLink(found.Start, found.End, id, kind, confidence, reason));
        }

        private void Finish(EntityMention mention, string id, LinkKind kind, float confidence, string reason, string key, RolePhrase? title, bool isPerson, TitleCheck? check = null)
        {
            var actor = actors.Seen(id, isPerson, mention.Start);
            actor.AddName(key);
            if (isPerson && !actor.IsNil && kb.Get(id) is { } entity)
            {
                // The record's own surname joins the mention's, so "Zelenskyy" finds someone introduced as "Zelenski".
                var caption = NameKey.Exact(entity.Caption);
                actor.Surnames.Add(caption[(caption.LastIndexOf(' ') + 1)..]);
                actor.Surnames.Add(NameKey.Loose(key.AsSpan(key.LastIndexOf(' ') + 1)));
            }

            var verdict = TitleCheck.None;
            if (title is not null)
            {
                actor.Titles.Add(title);
                verdict = check ?? (!actor.IsNil && isPerson ? owner.checker.Check(id, title, day) : TitleCheck.None);
            }

            if (verdict.Agreement is TitleAgreement.Agrees or TitleAgreement.Disagrees or TitleAgreement.Unclear)
            {
                reason += $"; title {verdict.Agreement.ToString().ToLowerInvariant()}: {verdict.Detail}";
            }

            Add(new EntityLink(mention.Start, mention.End, id, kind, confidence, reason, verdict.Agreement, verdict.PositionId, verdict.Detail));
        }

        private void Add(EntityLink link)
        {
            if (kb.Get(link.EntityId) is { Schema: Schemas.Country } country)
            {
                lastCountry = country.First(Props.Code) ?? lastCountry;
            }

            links.Add(link);
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

            if (actor.IsNil || !actor.IsPerson)
            {
                return false;
            }

            var former = phrase.Modifiers.HasFlag(RoleModifiers.Former);
            foreach (var term in kb.TermsOf(actor.Id))
            {
                if (kb.Get(term.PostId) is not { } post || !TitleChecker.Matches(post, phrase, [])
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
            var answers = Allowed(owner.resolver.Resolve(phrase, day), phrase);
            if (answers.Count > 0 || phrase.Roles.Count == 0 || !owner.wordingsByRole.TryGetValue(phrase.Roles[0], out var wordings))
            {
                return answers;
            }

            foreach (var words in wordings)
            {
                if (words != phrase.RoleWords && Allowed(owner.resolver.Resolve(phrase with { RoleWords = words }, day), phrase) is { Count: > 0 } other)
                {
                    return other;
                }
            }

            return answers;
        }

        private static List<RoleAnswer> Allowed(IReadOnlyList<RoleAnswer> answers, RolePhrase phrase) =>
            [.. answers.Where(a => a.Position is null || TitleChecker.KindAllows(a.Position, phrase))];

        /// <summary>
        /// "Kirill Dmitriev" for a record that spells "Kirill Aleksandrovich Dmitriev": the people with that surname one
        /// of whose recorded names starts with the same given name.
        /// </summary>
        private void CollectGivenAndSurname(List<(KbEntity Entity, string Match, float Base)> candidates, string key)
        {
            var words = key.Split(' ');
            if (words.Length < 2)
            {
                return;
            }

            var given = words[0];
            var surname = NameKey.Loose(words[^1]);
            foreach (var id in owner.looseSurnames.GetValueOrDefault(surname, []))
            {
                if (kb.Get(id) is not { } person || candidates.Exists(c => c.Entity.Id == id))
                {
                    continue;
                }

                var looseGiven = NameKey.Loose(given);
                var match = person.Values(Props.Name).Concat(person.Values(Props.Alias))
                    .Select(n => NameKey.Loose(n).Split(' '))
                    .Any(n => n.Length >= 2 && (n[0] == looseGiven ? n[^1] == surname : n[0] == surname && n[1] == looseGiven));
                if (match)
                {
                    candidates.Add((person, "given", 0.85f));
                }
            }
        }

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
            owner.resolver.Posts(phrase).SelectMany(p => kb.TermsIn(p.Id))
                .Where(t => t.End is { } end && end.Latest < day)
                .OrderByDescending(t => t.End!.Value.Latest)
                .FirstOrDefault();

        private string? UniqueSurnameHolder(string key)
        {
            var people = kb.FindBySurname(key).Concat(owner.looseSurnames.GetValueOrDefault(NameKey.Loose(key), [])).Distinct(StringComparer.Ordinal);
            var holding = people.Where(HoldsAnyPost).ToList();
            return holding.Count == 1 ? holding[0] : null;
        }

        private bool HoldsAnyPost(string id) => kb.RolesOn(id, day).Any(r => r.Check.Certain);

        private bool SentenceNamesCountryOf(KbEntity entity)
        {
            sentenceCountries ??= [.. sentenceMentions.Where(m => m.Label is EntityTypes.Gpe or EntityTypes.Norp)
                .Select(m => owner.countries.Find(text[m.Start..m.End])).OfType<string>()];
            return sentenceCountries.Count > 0
                && entity.Values(Props.Nationality).Concat(entity.Values(Props.Country)).Any(c => sentenceCountries.Contains(c, StringComparer.Ordinal));
        }

        private bool PrecededByThe(int start)
        {
            var i = start - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            return i >= 2 && text.AsSpan(i - 2, 3).Equals("the", StringComparison.OrdinalIgnoreCase) && (i < 3 || !char.IsLetter(text[i - 3]));
        }

        private string HolderReason(string positionId, Occupancy term) => $"holder of {positionId} on {dayText} (term {term.Term})";

        private static bool Fits(string label, string schema) => label switch
        {
            EntityTypes.Person => schema == Schemas.Person,
            EntityTypes.Organization => schema is Schemas.Organization or Schemas.PublicBody,
            EntityTypes.Gpe or EntityTypes.Location or EntityTypes.Norp => schema == Schemas.Country,
            _ => schema is Schemas.Organization or Schemas.PublicBody or Schemas.Person,
        };
    }
}
