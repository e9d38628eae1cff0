using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>One file found while expanding the input paths, or the problem met there.</summary>
/// <param name="Path">The file (or the folder that could not be listed).</param>
/// <param name="Problem">Set when the entry cannot be read at all.</param>
internal readonly record struct InputEntry(string Path, BackchannelError? Problem);
