using System.Globalization;

namespace Backchannel.Cli.Options;

/// <summary>Parses sizes such as <c>64MB</c>, <c>10MiB</c>, <c>512k</c> or <c>1000000</c> (bytes). KB/MB/GB are binary, as users expect of file sizes.</summary>
internal static class ByteSizeParser
{
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.Trim().AsSpan();
        var split = span.Length;
        while (split > 0 && char.IsLetter(span[split - 1]))
        {
            split--;
        }

        var multiplier = span[split..].ToString().ToUpperInvariant() switch
        {
            "" or "B" => 1L,
            "K" or "KB" or "KIB" => 1L << 10,
            "M" or "MB" or "MIB" => 1L << 20,
            "G" or "GB" or "GIB" => 1L << 30,
            _ => 0L,
        };
        if (multiplier == 0 || !double.TryParse(span[..split].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        var total = value * multiplier;
        if (total > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)total;
        return bytes > 0;
    }
}
