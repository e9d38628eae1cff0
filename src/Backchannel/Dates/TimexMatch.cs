namespace Backchannel.Dates;

/// <summary>A grammar match over units [<paramref name="First"/>, <paramref name="Next"/>).</summary>
internal readonly record struct TimexMatch(int First, int Next, TimexType Type, string Value, string? Mod = null, bool Anchored = true);
