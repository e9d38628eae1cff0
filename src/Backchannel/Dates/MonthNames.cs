using System.Collections.Frozen;

namespace Backchannel.Dates;

/// <summary>English month names and abbreviations (case-insensitive), looked up without allocating.</summary>
internal static class MonthNames
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1,
        ["Jan"] = 1,
        ["February"] = 2,
        ["Feb"] = 2,
        ["March"] = 3,
        ["Mar"] = 3,
        ["April"] = 4,
        ["Apr"] = 4,
        ["May"] = 5,
        ["June"] = 6,
        ["Jun"] = 6,
        ["July"] = 7,
        ["Jul"] = 7,
        ["August"] = 8,
        ["Aug"] = 8,
        ["September"] = 9,
        ["Sep"] = 9,
        ["Sept"] = 9,
        ["October"] = 10,
        ["Oct"] = 10,
        ["November"] = 11,
        ["Nov"] = 11,
        ["December"] = 12,
        ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup
        = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number (1–12) for a name or abbreviation, or 0.</summary>
    internal static int Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var month) ? month : 0;
}
