namespace Backchannel.Dates;

/// <summary>What a word means to the date grammar.</summary>
internal enum DateWordKind : byte
{
    None = 0,
    Month,
    Weekday,
    Unit,
    Season,
    PartOfDay,
    Cardinal,
    Ordinal,
    Frequency,
    Holiday,
    Keyword,
    Meridiem,
    Zone,
    Decade,
}
