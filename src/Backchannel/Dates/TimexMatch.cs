namespace Backchannel.Dates;

/// <summary>
/// A grammar match over units [<paramref name="First"/>, <paramref name="Next"/>). <paramref name="Derived"/> marks
/// values computed from earlier mentions ("the year-earlier quarter"), which must not become the new reference.
/// </summary>
internal readonly record struct TimexMatch(int First, int Next, TimexType Type, string Value, string? Mod = null, bool Anchored = true, bool Derived = false);
