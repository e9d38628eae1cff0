using System.Collections.Frozen;

namespace Backchannel.Quotes;

/// <summary>
/// Words that mark a speaker as unnamed (a spokesperson speaks on the record for an office, so is not one): the determiners that open "a senior official" or "two diplomats", the head
/// nouns of such descriptions, the phrases by which reporters grant anonymity, and personal pronouns.
/// </summary>
internal static class SpeakerLexicon
{
    private static readonly FrozenSet<string> s_indefinite = new[]
    {
        "a", "an", "one", "two", "three", "four", "several", "some", "other", "another", "multiple", "many", "few",
        "senior", "unnamed", "anonymous",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_heads = new[]
    {
        "official", "officials", "diplomat", "diplomats", "source", "sources", "aide", "aides", "insider", "insiders",
        "person", "people", "staffer", "staffers", "officer", "officers", "adviser", "advisers", "advisor", "advisors",
        "member", "members", "negotiator", "negotiators", "minister", "ministers", "lawmaker", "lawmakers",
        "operative", "operatives", "strategist", "strategists", "administration", "envoy", "envoys",
        "employee", "employees", "colleague", "colleagues", "figure", "figures",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_anonymityPhrases =
    [
        "condition of anonymity", "on condition that", "speaking anonymously", "off the record", "not authorized to",
        "not authorised to", "asked not to be named", "declined to be named", "requested anonymity", "spoke anonymously",
        "not be identified", "not to be identified", "without being named", "asked not to be identified",
    ];

    /// <summary>True for words that open an indefinite description ("a", "two", "several").</summary>
    public static bool IsIndefinite(ReadOnlySpan<char> word) => s_indefinite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for nouns that head an unnamed source ("official", "diplomats").</summary>
    public static bool IsSourceHead(ReadOnlySpan<char> word) => s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="text"/> grants anonymity ("speaking on condition of anonymity").</summary>
    public static bool GrantsAnonymity(ReadOnlySpan<char> text)
    {
        foreach (var phrase in s_anonymityPhrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first anonymity phrase in <paramref name="text"/> at or after <paramref name="from"/>: its offset, or -1.</summary>
    public static int FindAnonymity(ReadOnlySpan<char> text, int from, out int length)
    {
        var best = -1;
        length = 0;
        foreach (var phrase in s_anonymityPhrases)
        {
            var at = text[from..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || from + at < best))
            {
                best = from + at;
                length = phrase.Length;
            }
        }

        return best;
    }

    /// <summary>Third-person singular pronouns that can be resolved to an earlier person.</summary>
    public static bool IsPersonPronoun(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
}
