using System.Collections.Frozen;
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
    private static int generations;

    private readonly RoleLexicon lexicon;
    private readonly RoleResolver resolver;
    private readonly RolePhraseFinder finder;
    private readonly DescriptionAliasIndex aliases;
    private readonly TitleChecker checker;
    private readonly CountryLexicon countries;
    private readonly FrozenDictionary<string, string> countryIdByCode;
    private readonly FrozenDictionary<string, string> countryCodeById;
    private readonly FrozenDictionary<string, string[]> wordingsByRole;
    private readonly Dictionary<string, string[]> looseSurnames;
    private readonly Dictionary<string, (string Given, string Id)[]> givenBySurname;
    private readonly LinkerCache<(string Id, DateOnly Day), bool> postHeld = new(1 << 18);
    private readonly LinkerCache<(string Key, DateOnly Day), string[]> surnameHolders = new(1 << 16);
    private readonly Func<(string Id, DateOnly Day), bool> computePostHeld;
    private readonly Func<(string Key, DateOnly Day), string[]> computeSurnameHolder;

    /// <summary>A linker over <paramref name="kb"/> with the shipped role lexicon, or <paramref name="lexicon"/>.</summary>
    public EntityLinker(KnowledgeBase kb, RoleLexicon? lexicon = null)
        : this(kb, lexicon, null)
    {
    }

    /// <summary>
    /// A linker over <paramref name="kb"/> whose record-wide indexes are <paramref name="indexes"/> (read from the
    /// linker's index file), or built here when null.
    /// </summary>
    internal EntityLinker(KnowledgeBase kb, RoleLexicon? lexicon, LinkerIndexes? indexes)
    {
        ArgumentNullException.ThrowIfNull(kb);
        KnowledgeBase = kb;
        lexicon ??= RoleLexicon.Default;
        resolver = new RoleResolver(kb, lexicon);
        finder = new RolePhraseFinder(resolver.Parser, lexicon);
        this.lexicon = lexicon;
        indexes ??= LinkerIndexes.Build(kb, lexicon);
        Indexes = indexes;
        aliases = indexes.Aliases;
        checker = new TitleChecker(kb, resolver, lexicon);
        countries = resolver.Parser.Countries;
        wordingsByRole = lexicon.Wordings.Where(w => w.Roles.Length > 0 && w.Countries.IsEmpty)
            .GroupBy(w => w.Roles[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Words).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        looseSurnames = indexes.LooseSurnames;
        givenBySurname = indexes.GivenBySurname;
        UnknownNames = indexes.UnknownNames;
        // Made once: a method group passed at each call would allocate a delegate per mention.
        computePostHeld = ComputePostHeld;
        computeSurnameHolder = ComputeSurnameHolder;
        Records = new RecordLookup(this);
        Evidence = indexes.Evidence;
        var coded = kb.OfSchema(Schemas.Country).Where(e => e.First(Props.Code) is not null).ToList();
        countryIdByCode = coded.GroupBy(e => e.First(Props.Code)!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        countryCodeById = coded.ToFrozenDictionary(e => e.Id, e => e.First(Props.Code)!, StringComparer.Ordinal);
    }

    /// <summary>The record-wide indexes (what <see cref="LinkerIndexFile"/> stores).</summary>
    internal LinkerIndexes Indexes { get; }

    /// <summary>The knowledge base links point into.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    internal RolePhraseFinder Finder => finder;

    /// <summary>Rules out, with certainty, most names the record cannot find (by their loose key).</summary>
    internal UnknownNameFilter UnknownNames { get; }

    internal DescriptionAliasIndex Aliases => aliases;

    internal RoleResolver Resolver => resolver;

    internal TitleChecker Checker => checker;

    internal CountryLexicon Countries => countries;

    internal FrozenDictionary<string, string> CountryIdByCode => countryIdByCode;

    /// <summary>The code of every country entity that has one, by entity id.</summary>
    internal FrozenDictionary<string, string> CountryCodeById => countryCodeById;

    /// <summary>A number no other linker of this process has (per-thread state made for one linker checks it).</summary>
    internal int Generation { get; } = Interlocked.Increment(ref generations);

    internal FrozenDictionary<string, string[]> WordingsByRole => wordingsByRole;

    internal RoleLexicon Lexicon => lexicon;

    /// <summary>What the record lets a document confirm about an actor, and which words are too weak to link alone.</summary>
    internal LinkEvidence Evidence { get; }

    /// <summary>The record's candidates for a name key, kept across documents.</summary>
    internal RecordLookup Records { get; }

    /// <summary>Whether <paramref name="id"/> certainly held any post on <paramref name="day"/> (kept across documents).</summary>
    internal bool HoldsAnyPost(string id, DateOnly day) => postHeld.GetOrAdd((id, day), computePostHeld);

    /// <summary>The people with surname <paramref name="key"/> holding a post on <paramref name="day"/>.</summary>
    internal string[] SurnameHolders(string key, DateOnly day) => surnameHolders.GetOrAdd((key, day), computeSurnameHolder);

    /// <summary>
    /// People one of whose recorded names has the given name and surname of <paramref name="key"/> (exact form), e.g.
    /// "kirill dmitriev" for "Kirill Aleksandrovich Dmitriev"; through the index built once per knowledge base.
    /// </summary>
    internal IEnumerable<string> GivenAndSurnameMatches(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            yield break;
        }

        var given = NameKey.Loose(key.AsSpan(0, space));
        foreach (var (recordedGiven, id) in givenBySurname.GetValueOrDefault(NameKey.Loose(key.AsSpan(key.LastIndexOf(' ') + 1)), []))
        {
            if (recordedGiven == given)
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// Builds and stores the record-wide indexes of <paramref name="kb"/> beside its snapshot (<c>linker.snapshot</c>),
    /// unless current ones are there: what <c>kb snapshot</c> does so a cold start reads rather than builds them. A
    /// record parsed rather than read from a snapshot has nowhere to store them, and nothing is done.
    /// </summary>
    public static void StoreIndexes(KnowledgeBase kb) => LinkerIndexFile.TryLoadOrWrite(kb);

    /// <summary>The shared linker of <paramref name="kb"/> (built once per knowledge base).</summary>
    public static EntityLinker For(KnowledgeBase kb) => Cache.GetValue(kb, k => new EntityLinker(k, null, LinkerIndexFile.TryLoadOrWrite(k)));

    /// <summary>
    /// Links one document read on <paramref name="day"/>; links come back in text order. An undated document (null)
    /// is linked by names alone: no title checks, no holders of posts, nothing that depends on a date.
    /// </summary>
    public EntityLink[] Link(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<PosTag> pos, ReadOnlySpan<EntityMention> entities, DateOnly? day)
        => Link(text, tokens, sentences, pos, entities, day, []);

    /// <summary>
    /// <see cref="Link(string, ReadOnlySpan{Token}, ReadOnlySpan{Sentence}, ReadOnlySpan{PosTag}, ReadOnlySpan{EntityMention}, DateOnly?)"/>
    /// with the document's time expressions, so a title in a sentence about an earlier time is checked at that time.
    /// </summary>
    public EntityLink[] Link(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<PosTag> pos, ReadOnlySpan<EntityMention> entities, DateOnly? day, ReadOnlySpan<Dates.Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0 || pos.Length != tokens.Length)
        {
            return [];
        }

        var run = LinkRun.Begin(this, text, day);
        try
        {
            run.Timexes(timexes);
            return LinkSentences(run, tokens, sentences, pos, entities);
        }
        finally
        {
            run.End();
        }
    }

    private static EntityLink[] LinkSentences(LinkRun run, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<PosTag> pos, ReadOnlySpan<EntityMention> entities)
    {
        // One copy of the mentions per document; each sentence sees its slice of it.
        var all = run.Mentions(entities);
        run.Reserve(entities.Length);
        var phrases = run.Phrases;
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

            run.Sentence(tokens, pos, sentence, phrases, entities, new ArraySegment<EntityMention>(all, firstMention, endMention - firstMention));
            firstMention = endMention;
        }

        return run.Result();
    }

    private bool ComputePostHeld((string Id, DateOnly Day) query)
    {
        foreach (var term in KnowledgeBase.TermsOf(query.Id))
        {
            if (term.On(query.Day).Certain)
            {
                return true;
            }
        }

        return false;
    }

    private string[] ComputeSurnameHolder((string Key, DateOnly Day) query)
    {
        List<string>? holders = null;
        var loose = looseSurnames.GetValueOrDefault(NameKey.Loose(query.Key), []);
        foreach (var id in KnowledgeBase.FindBySurname(query.Key).Concat(loose).Distinct(StringComparer.Ordinal))
        {
            if (HoldsAnyPost(id, query.Day))
            {
                (holders ??= []).Add(id);
            }
        }

        return holders is null ? [] : [.. holders];
    }
}
