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
internal sealed class TitleChecker(KnowledgeBase kb, RoleResolver resolver)
{
    public TitleCheck Check(string personId, RolePhrase phrase, DateOnly day)
    {
        var anchored = resolver.Posts(phrase);
        var terms = kb.TermsOf(personId).Where(t => kb.Get(t.PostId) is { } post && Matches(post, phrase, anchored)).ToList();
        if (terms.Count == 0)
        {
            return TitleCheck.None;
        }

        var checks = terms.Select(t => (Term: t, Check: t.On(day))).ToList();
        var certain = checks.FirstOrDefault(c => c.Check.Certain);
        var unclear = checks.FirstOrDefault(c => c.Check.Certainty == TermCertainty.Uncertain);
        if (phrase.Modifiers.HasFlag(RoleModifiers.Former))
        {
            if (certain.Term is { } current)
            {
                return new TitleCheck(TitleAgreement.Disagrees, current.PostId, $"holds the post on {Iso(day)} (term {current.Term})");
            }

            var ended = checks.Where(c => c.Term.End is { } end && end.Latest < day).OrderByDescending(c => c.Term.End!.Value.Latest).FirstOrDefault();
            return ended.Term is { } past
                ? new TitleCheck(TitleAgreement.Agrees, past.PostId, $"term ended {past.End}")
                : new TitleCheck(TitleAgreement.Unclear, checks[0].Term.PostId, checks[0].Check.Reason);
        }

        if (phrase.Modifiers.HasFlag(RoleModifiers.Incoming))
        {
            var future = checks.FirstOrDefault(c => c.Term.Start is { } start && start.Earliest > day);
            return future.Term is { } next
                ? new TitleCheck(TitleAgreement.Agrees, next.PostId, $"term starts {next.Start}")
                : new TitleCheck(TitleAgreement.Unclear, checks[0].Term.PostId, checks[0].Check.Reason);
        }

        if (certain.Term is { } holds)
        {
            return new TitleCheck(TitleAgreement.Agrees, holds.PostId, $"term {holds.Term}");
        }

        if (unclear.Term is { } maybe)
        {
            return new TitleCheck(TitleAgreement.Unclear, maybe.PostId, unclear.Check.Reason);
        }

        // Every term is outside the day: report the one nearest to it.
        var nearest = checks.OrderBy(c => Distance(c.Term, day)).First();
        return new TitleCheck(TitleAgreement.Disagrees, nearest.Term.PostId, nearest.Check.Reason);
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
