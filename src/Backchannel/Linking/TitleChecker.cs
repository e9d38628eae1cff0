using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>
/// Compares a title written next to a name ("Foreign Minister X", "former president Y") with the person's terms of
/// office on the document date. A title the record has no term for gives no verdict: the record is incomplete, and
/// silence is not a contradiction.
/// </summary>
internal sealed class TitleChecker(KnowledgeBase kb, RoleResolver resolver, RoleLexicon lexicon)
{
    /// <summary>
    /// A title for a term that ended longer ago than this is taken to speak of that time ("Prime Minister Harold Wilson
    /// devalued the pound" in a 2005 article) or to be a courtesy ("President Bush" in 2016), so it is not called a
    /// clash. Nearer than this, a title is more likely stale (a minister called minister a year after leaving office).
    /// </summary>
    private const int HistoryYears = 2;

    /// <summary>
    /// A sentence in the past tense with no stated time may tell of the weeks before the document ("recently defeated
    /// Prime Minister X at the polls", written after X left office), so a term that ended less than this many days
    /// before the document's date leaves its title uncertain rather than wrong.
    /// </summary>
    private const int RecentPastDays = 92;

    public TitleCheck Check(string personId, RolePhrase phrase, DateOnly day) => Check(personId, phrase, day, TitleContext.None);

    public TitleCheck Check(string personId, RolePhrase phrase, DateOnly day, TitleContext context)
    {
        var anchored = resolver.Posts(phrase);
        var terms = new List<(Occupancy Term, bool Named)>();
        foreach (var term in kb.TermsOf(personId))
        {
            if (kb.Get(term.PostId) is { } post && Match(post, phrase, anchored) is var match and not PostMatch.None)
            {
                terms.Add((term, match == PostMatch.Named));
            }
        }

        if (terms.Count == 0)
        {
            return TitleCheck.None;
        }

        // A clash needs a title that names the post: "minister" alone allows a foreign minister but does not claim one,
        // "leader" may be a party's, and "a prime minister" ("how good a prime minister X will make") is no title.
        var named = terms.Exists(t => t.Named) && !Vague.Contains(phrase.RoleWords) && !Indefinite(phrase.Text);
        var modifiers = phrase.Modifiers;

        // "then-president X": true of the time the sentence speaks of, which only a stated time tells.
        if (modifiers.HasFlag(RoleModifiers.Then) && context.From is null)
        {
            return TitleCheck.None;
        }

        if (context.From is { } from && !modifiers.HasFlag(RoleModifiers.Former) && !modifiers.HasFlag(RoleModifiers.Incoming))
        {
            // The date may belong to a clause of its own ("President X, elected in December, …"): the title clashes
            // only if it is wrong both then and on the document's date.
            var then = AtTime(terms, from, context.To, context.When ?? "", named);
            if (then.Agreement != TitleAgreement.Disagrees || modifiers.HasFlag(RoleModifiers.Then))
            {
                return then;
            }

            var now = Check(personId, phrase, day, context with { From = null });
            return now.Agreement == TitleAgreement.Disagrees ? then : now;
        }

        var checks = terms.Select(t => (t.Term, Check: t.Term.On(day), t.Named)).ToList();
        var certain = checks.FirstOrDefault(c => c.Check.Certain);
        var unclear = checks.FirstOrDefault(c => c.Check.Certainty == TermCertainty.Uncertain);
        if (modifiers.HasFlag(RoleModifiers.Former))
        {
            if (certain.Term is { } current)
            {
                return named && certain.Named
                    ? new TitleCheck(TitleAgreement.Disagrees, current.PostId, $"holds the post on {Iso(day)} (term {current.Term})", current)
                    : TitleCheck.None;
            }

            var ended = checks.Where(c => c.Term.End is { } end && end.Latest < day).OrderByDescending(c => c.Term.End!.Value.Latest).FirstOrDefault();
            return ended.Term is { } past
                ? new TitleCheck(TitleAgreement.Agrees, past.PostId, $"term ended {past.End}", past)
                : new TitleCheck(TitleAgreement.Unclear, checks[0].Term.PostId, checks[0].Check.Reason);
        }

        if (modifiers.HasFlag(RoleModifiers.Incoming))
        {
            var future = checks.FirstOrDefault(c => c.Term.Start is { } start && start.Earliest > day);
            return future.Term is { } next
                ? new TitleCheck(TitleAgreement.Agrees, next.PostId, $"term starts {next.Start}", next)
                : new TitleCheck(TitleAgreement.Unclear, checks[0].Term.PostId, checks[0].Check.Reason);
        }

        if (certain.Term is { } holds)
        {
            return new TitleCheck(TitleAgreement.Agrees, holds.PostId, $"term {holds.Term}", holds);
        }

        if (unclear.Term is { } maybe)
        {
            return new TitleCheck(TitleAgreement.Unclear, maybe.PostId, unclear.Check.Reason);
        }

        if (!named)
        {
            return TitleCheck.None;
        }

        // Every term of a named post is outside the day: report the one nearest to it, unless the sentence tells of a
        // time long past, when the title is the one the person held then.
        var nearest = checks.Where(c => c.Named).OrderBy(c => Distance(c.Term, day)).First();
        if (nearest.Term.End is { } over && over.Latest.AddYears(HistoryYears) < day)
        {
            return new TitleCheck(TitleAgreement.Unclear, nearest.Term.PostId, $"term ended {over}; the title may speak of that time, or be kept as a courtesy");
        }

        if (context.Past && nearest.Term.End is { } recent && recent.Earliest < day && recent.Earliest.AddDays(RecentPastDays) >= day)
        {
            return new TitleCheck(TitleAgreement.Unclear, nearest.Term.PostId, $"term ended {recent}; the sentence tells of the past, perhaps of the time before");
        }

        return new TitleCheck(TitleAgreement.Disagrees, nearest.Term.PostId, nearest.Check.Reason, nearest.Term);
    }

    /// <summary>The title read at the earlier time its sentence names.</summary>
    private static TitleCheck AtTime(List<(Occupancy Term, bool Named)> terms, DateOnly from, DateOnly to, string when, bool named)
    {
        foreach (var (term, _) in terms)
        {
            if (term.On(from).Certain || term.On(to).Certain)
            {
                return new TitleCheck(TitleAgreement.Agrees, term.PostId, $"term {term.Term} covers {when}", term);
            }
        }

        foreach (var (term, _) in terms)
        {
            if (term.On(from).Possible || term.On(to).Possible || Covers(term, from, to))
            {
                return new TitleCheck(TitleAgreement.Unclear, term.PostId, $"term {term.Term}; the sentence speaks of {when}");
            }
        }

        var first = terms.Find(t => t.Named).Term;
        return named && first is not null
            ? new TitleCheck(TitleAgreement.Disagrees, first.PostId, $"not held in {when} (term {first.Term})", first)
            : TitleCheck.None;
    }

    // A term wholly inside the period ("in 1994" and a term of three months that year) also covers it.
    private static bool Covers(Occupancy term, DateOnly from, DateOnly to) =>
        term.Start is { } start && start.Earliest >= from && start.Latest <= to;

    /// <summary>Title words too loose to claim one post: they may agree with a term, never clash with one.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal) { "leader", "head", "chief", "boss", "official" };

    private static bool Indefinite(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase);

    /// <summary>How a post answers a title: not at all, by a broader kind only, or named by the title.</summary>
    private PostMatch Match(KbEntity post, RolePhrase phrase, IReadOnlyList<KbEntity> anchored)
    {
        // A wording limited to some countries ("chancellor": Germany, Austria) names that role only there; elsewhere
        // only the post's own words can match ("Chancellor of the Exchequer"), even when a country anchors it ("UK
        // chancellor").
        var limited = lexicon.Find(phrase.RoleWords) is { Countries.IsEmpty: false } wording
            && !post.Values(Props.Country).Any(c => wording.Countries.Contains(c, StringComparer.Ordinal));
        if (anchored.Count > 0 && !limited)
        {
            return anchored.Contains(post) ? PostMatch.Named : PostMatch.None;
        }
        if (!limited && phrase.Roles.Count > 0 && post.Values(Props.Role).Any(r => phrase.Roles.Contains(r, StringComparer.Ordinal)))
        {
            return PostMatch.Named;
        }

        if (!WordsMatch(post, phrase))
        {
            return PostMatch.None;
        }

        // The words match; they name the post unless only a broader kind let them ("minister" in a foreign minister's
        // post name: "Culture Minister X" is not a claim to be foreign minister).
        var kinds = post.Values(Props.Role);
        return phrase.Roles.Count == 0 || kinds.IsEmpty || kinds.Any(k => phrase.Roles.Contains(k, StringComparer.Ordinal))
            ? PostMatch.Named
            : PostMatch.Broader;
    }

    private static bool WordsMatch(KbEntity post, RolePhrase phrase)
    {
        var words = " " + phrase.RoleWords + " ";
        return phrase.RoleWords.Length > 0 && KindAllows(post, phrase)
            && post.Values(Props.Name).Concat(post.Values(Props.Alias)).Any(n => (" " + NameKey.Exact(n) + " ").Contains(words, StringComparison.Ordinal));
    }

    private enum PostMatch
    {
        None,
        Broader,
        Named,
    }

    /// <summary>True when <paramref name="post"/> is what the title names: the anchored posts, else the role kind or the title words.</summary>
    public static bool Matches(KbEntity post, RolePhrase phrase, IReadOnlyList<KbEntity> anchored)
    {
        if (anchored.Count > 0)
        {
            return anchored.Contains(post);
        }

        if (phrase.Roles.Count > 0 && post.Values(Props.Role).Any(r => phrase.Roles.Contains(r, StringComparer.Ordinal)))
        {
            return true;
        }

        if (!KindAllows(post, phrase))
        {
            return false;
        }

        var words = " " + phrase.RoleWords + " ";
        return phrase.RoleWords.Length > 0
            && post.Values(Props.Name).Concat(post.Values(Props.Alias)).Any(n => (" " + NameKey.Exact(n) + " ").Contains(words, StringComparison.Ordinal));
    }

    /// <summary>
    /// False when the post's recorded role kind rules the title out ("head" is not a head of government), so matching
    /// by the words of the name is kept for posts of unknown kind.
    /// </summary>
    public static bool KindAllows(KbEntity post, RolePhrase phrase)
    {
        // A broader kind allows a narrower one: "minister" allows foreign_minister.
        var kinds = post.Values(Props.Role);
        return phrase.Roles.Count == 0 || kinds.IsEmpty || kinds.Contains("other", StringComparer.Ordinal)
            || kinds.Any(k => phrase.Roles.Any(r => k == r || k.EndsWith("_" + r, StringComparison.Ordinal)));
    }

    private static int Distance(Occupancy term, DateOnly day)
    {
        if (term.End is { } end && end.Latest < day)
        {
            return day.DayNumber - end.Latest.DayNumber;
        }

        return term.Start is { } start && start.Earliest > day ? start.Earliest.DayNumber - day.DayNumber : 0;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
