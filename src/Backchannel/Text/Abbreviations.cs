using System.Collections.Frozen;

namespace Backchannel.Text;

/// <summary>
/// Abbreviations that keep their period in English news (written without the period here). Lookups are ordinal and
/// case-sensitive on purpose: "Gen." is a title, "gen." is not; "Mass." is a state, "mass." ends a sentence.
/// </summary>
public static class Abbreviations
{
    /// <summary>Titles and ranks: they precede a name, so they never end a sentence.</summary>
    private static readonly string[] TitleWords =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
        "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Rev", "Hon", "Pres",
        "Supt", "Insp", "Det", "Amb", "Fr", "Sec", "Atty", "Lieut",
    ];

    /// <summary>Abbreviations that only precede a number ("No. 10", "Art. 5"); elsewhere the word is ordinary.</summary>
    private static readonly string[] NumberPrefixWords = ["No", "Nos", "no", "nos", "Art", "art", "Fig", "fig", "Vol", "vol", "pp", "Ch", "ch", "Sec", "sec", "Para", "para"];

    /// <summary>Abbreviations that may end a sentence when one is really over ("... at Acme Inc. The ...").</summary>
    private static readonly string[] GeneralWords =
    [
        // Months (May is never abbreviated) and weekdays.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // US states in AP style.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        // Corporate suffixes and organisations.
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Pty", "Assn", "Assoc", "Dept", "Govt", "Univ", "Intl", "Mfg",
        // Name suffixes and places.
        "Jr", "Sr", "Esq", "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Sq", "Hwy", "Pl", "Ct",
        // General.
        "etc", "vs", "viz", "cf", "al", "approx", "incl", "esp", "misc", "Approx", "Gov't", "Eds",
    ];

    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal, TitleWords);
    private static readonly FrozenSet<string> NumberPrefixes = FrozenSet.Create(StringComparer.Ordinal, NumberPrefixWords);
    private static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal, [.. TitleWords, .. GeneralWords]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberPrefixLookup = NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) keeps a following period wherever it stands.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => AllLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> (without its period) is an abbreviation only before a number.</summary>
    public static bool IsNumberPrefix(ReadOnlySpan<char> word) => NumberPrefixLookup.Contains(word);

    /// <summary>True for titles and ranks (Mr, Dr, Gen ...), which precede a name and so never end a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || NumberPrefixLookup.Contains(word);
}
