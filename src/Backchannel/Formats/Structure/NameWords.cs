using System.Collections.Frozen;

namespace Backchannel.Formats.Structure;

/// <summary>Small word lists the byline and dateline parsers decide with: outlet words, roles, name particles.</summary>
internal static class NameWords
{
    /// <summary>Words that make a capitalised phrase a news outlet ("Alpine Newswire", "The Harbour Courier").</summary>
    internal static readonly FrozenSet<string> OutletCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "news", "newswire", "wire", "times", "post", "press", "review", "daily", "agency", "journal", "herald", "tribune",
        "dispatch", "courier", "gazette", "chronicle", "observer", "magazine", "radio", "television", "tv", "network",
        "media", "service", "reuters", "bloomberg", "associated", "guardian", "telegraph", "economist", "monitor",
        "bulletin", "online", "digital", "weekly", "standard", "mail", "express", "independent", "insider", "politico",
        "axios", "today", "sun", "star", "mirror", "globe", "examiner", "inquirer", "register", "sentinel", "report",
        "broadcasting", "channel", "xinhua", "tass", "interfax", "ria", "novosti", "kyodo", "yonhap", "afp", "ap", "upi",
        "bbc", "cnn", "npr", "abc", "cbs", "nbc", "msnbc", "fox", "dpa", "efe", "ansa", "pti", "ians");

    /// <summary>Words of a byline role ("Staff Writer", "Senior Correspondent"): neither a name nor an outlet.</summary>
    internal static readonly FrozenSet<string> RoleCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "writer", "correspondent", "editor", "columnist", "reporter", "contributor", "analyst", "producer", "chief",
        "staff", "desk", "bureau", "author", "photographer", "commentator", "critic", "fellow", "professor");

    /// <summary>Lower-case particles inside personal names ("Ursula von der Leyen", "Ali bin Hassan").</summary>
    internal static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "das", "do", "dos", "du", "la", "le", "di", "del",
        "della", "ter", "y", "zu");

    /// <summary>Capitalised words that start a phrase but never a name ("By Monday morning", "By The way").</summary>
    internal static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "the", "a", "an", "this", "that", "then", "now",
        "early", "late", "last", "next", "noon", "midnight", "contrast", "comparison", "law", "far", "all", "some",
        "most", "many", "his", "her", "their", "its", "our", "my", "your", "staff", "email", "e-mail");

    /// <summary>All-caps words that open a story without being a place ("BREAKING —", "ANALYSIS -").</summary>
    internal static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "breaking", "update", "updated", "updates", "exclusive", "analysis", "opinion", "commentary", "editorial",
        "watch", "live", "review", "factbox", "explainer", "interview", "correction", "feature", "photos", "photo",
        "video", "note", "editor", "editors", "advisory", "alert", "flash", "urgent", "bulletin", "summary", "recap",
        "faq", "q", "a", "ps", "nb", "warning", "listen", "read", "more", "related", "sponsored", "advertisement");

    /// <summary>Lower-case words allowed inside an outlet's name ("Voice of America").</summary>
    internal static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
        "of", "the", "and", "for", "on", "de", "du", "la", "el", "al");

    /// <summary>Looks <paramref name="word"/> up without making a string.</summary>
    internal static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/> starts with an upper-case letter.</summary>
    internal static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>True when every letter of <paramref name="word"/> is upper case and it has at least one.</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }
}
