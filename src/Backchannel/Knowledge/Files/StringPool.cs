using System.Text.Json;

namespace Backchannel.Knowledge.Files;

/// <summary>
/// Shares one string per distinct short value while a KB file is read: property names, schema names, countries,
/// statuses and dataset names repeat tens of thousands of times, and sharing them saves both time and memory.
/// Not thread-safe; one per read.
/// </summary>
internal sealed class StringPool
{
    private const int MaxPooledLength = 160;
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] buffer = new char[256];

    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string token's value, shared when short.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        if (buffer.Length < length)
        {
            buffer = new char[length * 2];
        }

        var written = reader.CopyString(buffer);
        var chars = buffer.AsSpan(0, written);
        if (lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        var text = new string(chars);
        pool[text] = text;
        return text;
    }
}
