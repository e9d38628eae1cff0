namespace Backchannel.Dates;

/// <summary>
/// A grammar match over units [<paramref name="First"/>, <paramref name="Next"/>). <paramref name="Derived"/> marks
/// values computed from earlier mentions ("the year-earlier quarter"), which must not become the new reference.
/// <paramref name="Restates"/> marks an appositive that names the period of the timex just before it more exactly
/// ("the year-ago quarter, the second quarter"), so that timex takes this value.
/// </summary>
internal readonly record struct TimexMatch(int First, int Next, TimexType Type, string Value, string? Mod = null, bool Anchored = true, bool Derived = false, bool Restates = false);
