namespace Backchannel.Formats;

/// <summary>Text decoded from bytes, with a count of byte sequences that were invalid and replaced by U+FFFD.</summary>
/// <param name="Text">The decoded text (not yet normalised).</param>
/// <param name="Encoding">Name of the encoding used (utf-8, utf-16le, ...).</param>
/// <param name="ReplacedCount">How many invalid sequences were replaced.</param>
/// <param name="FirstReplacedOffset">Byte offset of the first replaced sequence, or -1.</param>
internal sealed record DecodedText(string Text, string Encoding, int ReplacedCount, long FirstReplacedOffset);
