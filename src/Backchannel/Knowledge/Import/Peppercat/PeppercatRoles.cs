using System.Text.RegularExpressions;

namespace Backchannel.Knowledge.Import.Peppercat;

/// <summary>
/// Classifies Peppercat's English position labels ("Prime Minister", "Minister of Foreign Affairs and Trade",
/// "Secretary of State") into the record's role kinds: head_of_state, head_of_government, foreign_minister, or null for
/// every other post. Labels only: the extract has no position QIDs. The rules follow how the posts are named in the
/// extract (written for this project after reading the labels of all 223 files): a head's label is the bare title or
/// the title "of" the country itself; a foreign minister's label names foreign or external affairs (or one of a few
/// national wordings) and is not a deputy's, a state minister's or a committee's.
/// </summary>
public static partial class PeppercatRoles
{
    private static readonly HashSet<string> HeadOfStateTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "President of the Republic", "Federal President", "monarch", "King", "Queen", "Emir", "Sultan",
        "Captain Regent", "Grand Duke", "Sovereign Prince", "Prince", "Emperor", "Supreme Leader", "Yang di-Pertuan Agong",
        "Yang di_pertuan Agong (Monarch)", "Co-Prince", "Head of State",
    };

    private static readonly HashSet<string> HeadOfGovernmentTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prime Minister", "Premier", "Premier of the State Council", "President of the Government", "President of the Council of Ministers",
        "Chairman of the Council of Ministers", "Chairman of the Cabinet of Ministers (Prime Minister)", "Chairman of the Government",
        "Head of Government", "Taoiseach",
    };

    /// <summary>The role kind of <paramref name="label"/> in the country named <paramref name="country"/> (alpha-2), or null.</summary>
    public static string? Classify(string label, string country, string? countryName = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        label = label.Trim();
        if (HeadOfStateTitles.Contains(label) || OfCountry(label, countryName, HeadOfStateTitles))
        {
            return "head_of_state";
        }

        if (HeadOfGovernmentTitles.Contains(label) || OfCountry(label, countryName, HeadOfGovernmentTitles)
            || (country is "de" or "at" && label is "Chancellor" or "Federal Chancellor"))
        {
            return "head_of_government";
        }

        return IsForeignMinister(label, country) ? "foreign_minister" : null;
    }

    /// <summary>
    /// A foreign minister's label. National wordings first (US "Secretary of State", UK "Foreign Secretary", India's
    /// "Minister of External Affairs" only — its "Minister of Foreign Affairs" rows are Foreign Secretaries, Palau's
    /// "Minister of State"); elsewhere a minister or secretary of foreign/external affairs or relations (also
    /// "Foreign and European Affairs", "International Relations and Cooperation", "Europe and Foreign Affairs",
    /// "European and International Affairs", "Foreign and Political Affairs", "Relations with States"). Joint titles
    /// count by their foreign-affairs part ("Deputy Prime Minister and Minister of Foreign Affairs"). Not: deputies,
    /// vice, assistant, state, delegate or junior ministers, "Secretary of State for Foreign Affairs" (a junior post in
    /// Spain and elsewhere), "Foreign Secretary" outside the UK (a civil servant), committees, spokespeople, ministers
    /// of a territory named in the label ("of the Cook Islands"), Catalonia's "Foreign Action".
    /// </summary>
    public static bool IsForeignMinister(string label, string country)
    {
        ArgumentNullException.ThrowIfNull(label);
        switch (country)
        {
            case "us":
                return label == "Secretary of State";
            case "gb":
                return label.StartsWith("Secretary of State for Foreign", StringComparison.Ordinal) || label == "Foreign Secretary";
            case "in":
                return label == "Minister of External Affairs";
            case "pw" when label == "Minister of State":
                return true;
        }

        // A joint title counts by its foreign-affairs part.
        foreach (var part in JointParts().Split(label))
        {
            if (ForeignAffairs().IsMatch(part) && MinisterWord().IsMatch(part) && !NotAMinister().IsMatch(part))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OfCountry(string label, string? countryName, HashSet<string> titles)
    {
        if (countryName is null)
        {
            return false;
        }

        var of = label.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || !titles.Contains(label[..of]))
        {
            return false;
        }

        var place = label[(of + 4)..];
        if (place.StartsWith("the ", StringComparison.Ordinal))
        {
            place = place[4..];
        }

        return string.Equals(Names.NameKey.Exact(place), Names.NameKey.Exact(countryName), StringComparison.Ordinal)
            || string.Equals(CountryCodes.FromName(place), CountryCodes.FromName(countryName), StringComparison.Ordinal) && CountryCodes.FromName(place) is not null;
    }

    [GeneratedRegex(@"(?:,\s*|\s+)and\s+(?=(?:the\s+)?(?:Minister|Secretary))", RegexOptions.CultureInvariant)]
    private static partial Regex JointParts();

    [GeneratedRegex(@"\b(?:foreign|external)\s+(?:affairs|relations)\b|\bforeign\s+and\s+(?:european|commonwealth|caricom)\s+affairs\b|\binternational\s+relations\s+and\s+cooperation\b|\beurope\s+and\s+foreign\s+affairs\b|\beuropean\s+and\s+international\s+affairs\b|\bforeign\s+and\s+political\s+affairs\b|\brelations\s+with\s+states\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForeignAffairs();

    [GeneratedRegex(@"\b(?:minister|secretary)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MinisterWord();

    [GeneratedRegex(@"\b(?:deputy|vice|assistant|delegate|second|first|under|junior|committee|chair|chairman|chairperson|spokes\w*|shadow|ambassador|director|permanent|principal|parliamentary|adviser|advisor|state\s+minister|minister\s+of\s+state|state\s+secretary|secretary\s+of\s+state\s+for\s+foreign\s+affairs|foreign\s+secretary|foreign\s+action|institutional\s+relations|cook\s+islands|of\s+the\s+(?:cook|faroe)|general)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAMinister();
}
