namespace Backchannel.Dates;

/// <summary>A date read from metadata; date-only values have <see cref="HasTime"/> false.</summary>
/// <param name="Value">The instant (midnight UTC for date-only values).</param>
/// <param name="HasTime">True when the source gave a time of day.</param>
public readonly record struct MetadataDate(DateTimeOffset Value, bool HasTime);
