using System.Collections.Frozen;
using Backchannel.Diagnostics;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Import;

/// <summary>
/// Maps what datasets write for a country (alpha-3 or CAMEO codes, English names, nationality words) to the KB's
/// lower-case ISO alpha-2 code, from the embedded <c>data/kb/sources/countries/countries.tsv</c>.
/// </summary>
internal static class CountryCodes
{
    // CAMEO kept some pre-ISO or non-ISO three-letter codes; these are the ones that name a present-day ISO country.
    private static readonly (string Code3, string Code2)[] CameoExceptions =
    [
        ("ROM", "ro"), ("ZAR", "cd"), ("TMP", "tl"), ("BUR", "mm"), ("KSV", "xk"), ("SER", "rs"), ("MNT", "me"),
        ("GMY", "de"), ("UK", "gb"),
    ];

    private static readonly Lazy<(FrozenDictionary<string, string> ByCode3, FrozenDictionary<string, string> ByName, FrozenDictionary<string, string> Names)> Table = new(() => LoadLog.Measure("country-codes", Load));

    /// <summary>The alpha-2 code for an alpha-3 (or CAMEO) code such as "DEU" or "ROM", or null.</summary>
    public static string? FromAlpha3(string code3) =>
        Table.Value.ByCode3.GetValueOrDefault(code3.Trim().ToUpperInvariant());

    /// <summary>The alpha-2 code for a country name or nationality word ("Russia", "Russian Federation", "Ukrainian").</summary>
    public static string? FromName(string name) =>
        Table.Value.ByName.GetValueOrDefault(NameKey.Exact(name));

    /// <summary>True when <paramref name="code"/> (any case) is a known alpha-2 code.</summary>
    public static bool IsAlpha2(string code) => Table.Value.Names.ContainsKey(code.Trim().ToLowerInvariant());

    /// <summary>The everyday English name of the country with alpha-2 <paramref name="code"/> ("Germany"), or null.</summary>
    public static string? NameOf(string code) => Table.Value.Names.GetValueOrDefault(code.Trim().ToLowerInvariant());

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("kb/countries.tsv")
            ?? throw new InvalidOperationException("The country table kb/countries.tsv is not embedded in the engine.");
        using var reader = new StreamReader(stream);
        var byCode3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < 3 || cells[0].Length != 2)
            {
                continue;
            }

            var code = cells[0].ToLowerInvariant();
            names[code] = cells[2];
            byCode3.TryAdd(cells[1].ToUpperInvariant(), code);
            byName.TryAdd(NameKey.Exact(cells[2]), code);
            foreach (var other in cells.Skip(3).Take(2).SelectMany(c => c.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                var key = NameKey.Exact(other);
                aliases[key] = aliases.TryGetValue(key, out var claimed) && claimed != code ? "" : code;
            }
        }

        // An alias two countries claim ("Korea") names neither.
        foreach (var (key, code) in aliases)
        {
            if (code.Length > 0)
            {
                byName.TryAdd(key, code);
            }
        }

        byName.TryAdd("korea north", "kp");
        byName.TryAdd("korea south", "kr");

        foreach (var (code3, code2) in CameoExceptions)
        {
            byCode3.TryAdd(code3, code2);
        }

        return (byCode3.ToFrozenDictionary(StringComparer.Ordinal), byName.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
