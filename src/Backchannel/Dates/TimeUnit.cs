namespace Backchannel.Dates;

/// <summary>Calendar and clock units, smallest first.</summary>
internal enum TimeUnit : byte
{
    None = 0,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}
