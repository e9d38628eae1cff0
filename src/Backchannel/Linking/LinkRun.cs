using System.Globalization;
using System.Runtime.InteropServices;
using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Roles;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Linking;

/// <summary>
/// The state of one <c>EntityLinker.Link</c> call: the actors met so far and the links made. One instance per
/// thread is reused from document to document (<see cref="Begin"/> … <see cref="End"/>), so its lists and indexes keep
/// their capacity instead of being built again for each of a corpus's thousands of short texts.
/// </summary>
internal sealed partial class LinkRun
{
    [ThreadStatic]
    private static LinkRun? t_spare;

    private readonly NameKeyPool keys = new();
    private int keysGeneration;
    private readonly DocumentActors actors;
    private readonly List<EntityLink> links = [];
    private readonly List<RecordCandidate> recordCandidates = [];
    private readonly List<(int Start, int End, DescriptionAliasIndex.Entry Entry)> sentenceAliases = [];
    private readonly List<(int Start, int Kind, int Index)> sentenceItems = [];
    private readonly List<int> phraseStarts = [];
    private EntityLinker owner = null!;
    private KnowledgeBase kb = null!;
    private string text = "";
    private DateOnly day;
    private string dayText = "";

    // False for an undated document: then no fact that depends on a date is used, and day is a placeholder key.
    private bool dated;

    // The span of the title next to the mention being linked, or (-1, -1).
    private (int Start, int End) mentionTitle = (-1, -1);
    private EntityMention[] mentionBuffer = new EntityMention[64];

    // The loose key of a name whose exact key is in the pool's buffer (no longer than it: folding never lengthens).
    private readonly char[] looseBuffer = new char[NameKeyPool.MaxBufferedName];
    private List<string>? sentenceCountries;
    private string? lastCountry;
    private ArraySegment<EntityMention> sentenceMentions = ArraySegment<EntityMention>.Empty;

    private LinkRun() => actors = new DocumentActors(keys);

    /// <summary>The phrases of the current sentence (cleared and refilled per sentence).</summary>
    public List<FoundPhrase> Phrases { get; } = [];

    /// <summary>A run for one document: this thread's spare one, emptied, or a new one while it is in use.</summary>
    public static LinkRun Begin(EntityLinker owner, string text, DateOnly? documentDay)
    {
        var day = documentDay ?? DateOnly.MinValue;
        var run = t_spare ?? new LinkRun();
        t_spare = null;

        // What the pooled keys remember about the record belongs to one linker.
        if (run.keysGeneration != owner.Generation)
        {
            run.keys.Clear();
            run.keysGeneration = owner.Generation;
        }

        run.owner = owner;
        run.kb = owner.KnowledgeBase;
        run.text = text;
        run.dated = documentDay.HasValue;
        if (run.day != day || run.dayText.Length == 0)
        {
            run.day = day;
            run.dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return run;
    }

    /// <summary>Forgets the document (nothing of it stays reachable) and keeps the run as this thread's spare.</summary>
    public void End()
    {
        actors.Clear();
        links.Clear();
        recordCandidates.Clear();
        sentenceAliases.Clear();
        sentenceItems.Clear();
        Phrases.Clear();
        Array.Clear(mentionBuffer);
        ClearEvidence();
        timexCount = 0;

        // A very long document's buffers are not kept for the short ones after it.
        if (mentionBuffer.Length > 4096)
        {
            mentionBuffer = new EntityMention[64];
            links.Capacity = 64;
        }

        text = "";
        owner = null!;
        kb = null!;
        sentenceCountries = null;
        lastCountry = null;
        sentenceMentions = ArraySegment<EntityMention>.Empty;
        t_spare = this;
    }

    /// <summary>The document's mentions copied into the run's buffer, so each sentence can see its slice of them.</summary>
    public EntityMention[] Mentions(ReadOnlySpan<EntityMention> entities)
    {
        if (mentionBuffer.Length < entities.Length)
        {
            mentionBuffer = new EntityMention[Math.Max(entities.Length, mentionBuffer.Length * 2)];
        }

        entities.CopyTo(mentionBuffer);
        mentionCount = entities.Length;
        return mentionBuffer;
    }

    /// <summary>Room for about as many links as the document has mentions, so the list is not regrown as it fills.</summary>
    public void Reserve(int mentions) => links.EnsureCapacity(mentions + 8);

    public EntityLink[] Result()
    {
        // A surname seen before the full name (a headline) first became a NIL; the later full name claims it back.
        // Loops, not LINQ: this runs once per document, and most documents have no such NIL at all.
        for (var n = 0; n < actors.Count; n++)
        {
            var nil = actors[n];
            if (!nil.IsNil || !nil.IsPerson || !OnlySingleWordNames(nil) || ClaimantOf(nil) is not { } claimant)
            {
                continue;
            }

            for (var i = 0; i < links.Count; i++)
            {
                if (links[i].EntityId == nil.Id)
                {
                    links[i] = links[i] with
                    {
                        EntityId = claimant.Id,
                        Kind = LinkKind.Coreference,
                        Confidence = 0.8f,
                        Reason = $"surname of {claimant.Id}, full name at {claimant.IntroducedAt.ToString(CultureInfo.InvariantCulture)}",
                    };
                }
            }
        }

        // Links are made in text order sentence by sentence, so they are nearly always sorted already.
        for (var i = 1; i < links.Count; i++)
        {
            if (links[i].Start < links[i - 1].Start || (links[i].Start == links[i - 1].Start && links[i].End < links[i - 1].End))
            {
                return [.. links.OrderBy(l => l.Start).ThenBy(l => l.End)];
            }
        }

        return [.. links];
    }

    private static bool OnlySingleWordNames(DocumentActor actor)
    {
        var names = actor.NameKeys;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The known person, introduced after <paramref name="nil"/>, last mentioned with one of its names as surname.</summary>
    private DocumentActor? ClaimantOf(DocumentActor nil)
    {
        DocumentActor? best = null;
        for (var a = 0; a < actors.Count; a++)
        {
            var actor = actors[a];
            if (actor.IsNil || !actor.IsPerson || actor.IntroducedAt <= nil.IntroducedAt || (best is not null && actor.LastSeen <= best.LastSeen))
            {
                continue;
            }

            var surnames = actor.Surnames;
            for (var k = 0; k < nil.NameKeys.Count; k++)
            {
                if (Contains(surnames, nil.NameKeys[k]))
                {
                    best = actor;
                    break;
                }
            }
        }

        return best;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void Sentence(ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, Sentence sentence, List<FoundPhrase> phrases, ReadOnlySpan<EntityMention> entities, ArraySegment<EntityMention> mentions)
    {
        sentenceCountries = null;
        sentenceMentions = mentions;
        var aliasSpans = sentenceAliases;
        aliasSpans.Clear();
        var aliases = owner.Aliases;
        var finder = owner.Finder;
        var starts = phraseStarts;
        starts.Clear();
        var last = sentence.FirstToken + sentence.TokenCount;

        // Most sentences have no hyphen at all, and then no word needs its head before one looked for.
        var hyphens = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains('-');

        // One scan of the sentence, one slot per word for all three filters: nearly every token fails them all.
        for (var t = sentence.FirstToken; t < last; t++)
        {
            var kind = tokens[t].Kind;
            if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket or TokenKind.Symbol)
            {
                continue;
            }

            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            var slot = WordFilter.Slot(word);
            if (kind == TokenKind.Word && aliases.MayStartWith(slot)
                && aliases.TryMatch(text, tokens, t, last, day, out var start, out var end, out var entry))
            {
                // No skipping past the match: a description may hold another ("head of Russia's sovereign wealth fund").
                if (!AliasMisreads(start, end, entry, mentions))
                {
                    aliasSpans.Add((start, end, entry));
                }
            }

            if (hyphens ? finder.MayStartAt(word, slot) : finder.MayStartAtWord(slot))
            {
                starts.Add(t);
            }
        }

        // The phrase finder reads the alias spans (a title's anchor may be one), so it runs once they are all known.
        phrases.Clear();
        finder.Find(text, tokens, pos, sentence, entities, aliasSpans, CollectionsMarshal.AsSpan(starts), phrases);

        ReadSentenceTime(tokens, pos, sentence, phrases.Count > 0 ? phrases[0].Start : sentence.Start, phrases.Count > 0);

        // Which phrase stands right before (or at the start of) which mention: a title next to a name.
        Span<int> attached = mentions.Count <= 64 ? stackalloc int[mentions.Count] : new int[mentions.Count];
        attached.Fill(-1);
        Span<bool> consumed = phrases.Count <= 64 ? stackalloc bool[phrases.Count] : new bool[phrases.Count];
        consumed.Clear();
        for (var p = 0; p < phrases.Count; p++)
        {
            if (phrases[p].IsRelationship)
            {
                continue;
            }

            for (var m = 0; m < mentions.Count; m++)
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
        var items = sentenceItems;
        items.Clear();
        for (var m = 0; m < mentions.Count; m++)
        {
            items.Add((mentions[m].Start, 1, m));
        }

        for (var p = 0; p < phrases.Count; p++)
        {
            // A phrase the record knows as a whole ("X's son-in-law" as an alias) is linked once, as the alias.
            if (!consumed[p] && !Covered(aliasSpans, phrases[p].Start, phrases[p].End, namesOnly: false))
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
                    if (!Covered(aliasSpans, mention.Start, mention.End, namesOnly: true) && !(mention.Label == EntityTypes.Norp && Covered(phrases, mention.Start, mention.End)))
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

    // Loops rather than List.Exists with a lambda: these run once per mention and phrase, and a capturing lambda
    // allocates every time.
    private static bool Covered(List<(int Start, int End, DescriptionAliasIndex.Entry Entry)> aliases, int start, int end, bool namesOnly)
    {
        foreach (var alias in aliases)
        {
            if ((!namesOnly || alias.Entry.Kind == LinkKind.Name) && alias.Start <= start && end <= alias.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covered(List<FoundPhrase> phrases, int start, int end)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Start <= start && end <= phrase.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A recorded name that the text uses for something else: a place the recogniser found ("Davos" is where the forum
    /// meets, not the forum), or the first words of a longer name ("European Council" in "European Council on Foreign
    /// Relations").
    /// </summary>
    private bool AliasMisreads(int start, int end, DescriptionAliasIndex.Entry entry, ArraySegment<EntityMention> mentions)
    {
        if (owner.CountryCodeById.ContainsKey(entry.EntityId))
        {
            return false;
        }

        if (entry.Kind == LinkKind.Name && NameContinues(end))
        {
            return true;
        }

        // A sanctioned entity's recorded alias ("the Youth", a nom de guerre) is a common phrase more often than not:
        // only its own sentence naming a country the record ties the entity to lets it stand.
        if (owner.Evidence.IsSanctioned(entry.EntityId) && (kb.Get(entry.EntityId) is not { } entity || !SentenceNamesCountryOf(entity)))
        {
            return true;
        }

        foreach (var mention in mentions)
        {
            if (mention.Label is EntityTypes.Gpe or EntityTypes.Location && mention.Start <= start && end <= mention.End)
            {
                return true;
            }
        }

        return false;
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
        return mention.Label == EntityTypes.Person || owner.Countries.Find(text[mention.Start..mention.End]) is null;
    }

    private void LinkAlias(int start, int end, DescriptionAliasIndex.Entry entry)
    {
        var isPerson = kb.Get(entry.EntityId)?.Schema == Schemas.Person;
        var actor = actors.Seen(entry.EntityId, isPerson, start);
        actor.AddName(keys.Exact(text.AsSpan(start, end - start)).Key);
        Add(new EntityLink(start, end, entry.EntityId, entry.Kind, 0.85f, entry.Kind == LinkKind.Description ? $"description '{entry.Name}' in the record" : $"name '{entry.Name}' in the record"));
    }

    private void Finish(
        EntityMention mention, string id, LinkKind kind, float confidence, string reason, string key, RolePhrase? title, bool isPerson,
        TitleCheck? check = null, NameKeyEntry? entry = null, KbEntity? entity = null, string? recordSurname = null, DocumentActor? repeated = null,
        string? lastWord = null)
    {
        // A repeated name's actor is at hand and already goes by the key (the name index found it by that key), so
        // neither the id lookup nor the name check is needed; a third of all mentions are such repeats.
        DocumentActor actor;
        bool newName;
        if (repeated is not null)
        {
            (actor, newName) = (repeated, false);
            actor.LastSeen = mention.Start;
        }
        else
        {
            actor = actors.Seen(id, isPerson, mention.Start);
            newName = actor.AddName(key, lastWord ?? (isPerson && entry is not null ? LastWord(entry) : null));
        }

        if (isPerson && !actor.IsNil && (newName || !actor.HasRecordSurname) && (entity ?? kb.Get(id)) is { } known)
        {
            // The record's own surname joins the mention's, so "Zelenskyy" finds someone introduced as "Zelenski".
            if (!actor.HasRecordSurname)
            {
                actor.AddSurname(recordSurname ?? RecordSurname(known));
                actor.HasRecordSurname = true;
            }

            actor.AddSurname(entry is null ? LooseLastWord(key) : LooseLastWord(entry));
        }

        var verdict = TitleCheck.None;
        if (title is not null)
        {
            actor.AddTitle(title);
            verdict = check ?? (dated && !actor.IsNil && isPerson ? owner.Checker.Check(id, title, day, sentenceTime) : TitleCheck.None);
        }

        if (verdict.Agreement is TitleAgreement.Agrees or TitleAgreement.Disagrees or TitleAgreement.Unclear)
        {
            reason += $"; title {AgreementWord(verdict.Agreement)}: {verdict.Detail}";
        }

        var (titleStart, titleEnd) = title is null ? (-1, -1) : mentionTitle;
        Add(new EntityLink(mention.Start, mention.End, id, kind, confidence, reason, verdict.Agreement, verdict.PositionId, verdict.Detail, titleStart, titleEnd));
    }

    private static string AgreementWord(TitleAgreement agreement) => agreement switch
    {
        TitleAgreement.Agrees => "agrees",
        TitleAgreement.Disagrees => "disagrees",
        TitleAgreement.Unclear => "unclear",
        _ => "none",
    };

    /// <summary>The surname key of the record's caption for <paramref name="entity"/>.</summary>
    private string RecordSurname(KbEntity entity)
    {
        var caption = keys.Exact(entity.Caption).Key;
        return keys.Get(caption.AsSpan(caption.LastIndexOf(' ') + 1));
    }

    /// <summary>The loose key of an exact key's last word: the surname a later mention may spell differently.</summary>
    private string LooseLastWord(string key) => keys.LooseFromExact(keys.Exact(key.AsSpan(key.LastIndexOf(' ') + 1)).Key);

    // Worked out once per pooled key: a name's first mention in each document asks for it again.
    private string LooseLastWord(NameKeyEntry entry) => entry.LooseLastWord ??= LooseLastWord(entry.Key);

    /// <summary>The pooled last word of a key of several words (null for one word), worked out once per pooled key.</summary>
    private string? LastWord(NameKeyEntry entry)
    {
        var key = entry.Key;
        var space = key.LastIndexOf(' ');
        return space <= 0 ? null : entry.LastWord ??= keys.Get(key.AsSpan(space + 1));
    }

    /// <summary>Whether the role lexicon knows the key as a title, asked once per pooled key.</summary>
    private bool InLexicon(NameKeyEntry entry)
    {
        if (entry.InLexicon == 0)
        {
            entry.InLexicon = owner.Lexicon.Find(entry.Key) is null ? (byte)1 : (byte)2;
        }

        return entry.InLexicon == 2;
    }

    private void Add(EntityLink link)
    {
        // A small table of the record's countries, not a probe of the whole record for every link.
        if (owner.CountryCodeById.TryGetValue(link.EntityId, out var code))
        {
            lastCountry = code;
        }

        links.Add(link);
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
}
