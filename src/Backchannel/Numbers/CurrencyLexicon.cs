using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Currency signs, ISO 4217 codes and currency words (case-insensitive) mapped to ISO codes. The code strings are
/// the lexicon's own, so a quantity's unit is never a fresh allocation.
/// </summary>
internal static class CurrencyLexicon
{
    // A sign before the digits: $40, €500m, £3 billion.
    private static readonly FrozenDictionary<string, string> Signs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₽"] = "RUB",
        ["₹"] = "INR",
        ["₴"] = "UAH",
        ["₺"] = "TRY",
        ["₪"] = "ILS",
        ["₩"] = "KRW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Letters written before a dollar sign: US$40, A$5, HK$10.
    private static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD",
        ["U.S."] = "USD",
        ["A"] = "AUD",
        ["AU"] = "AUD",
        ["C"] = "CAD",
        ["CA"] = "CAD",
        ["HK"] = "HKD",
        ["NZ"] = "NZD",
        ["S"] = "SGD",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words and codes, before (USD 40) or after (40 dollars) the number; two-word keys hold one space.
    private static readonly FrozenDictionary<string, CurrencyEntry> Words = BuildWords().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SignLookup = Signs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, CurrencyEntry>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that can stand before a number: ISO codes and the letters before a dollar sign.</summary>
    internal static IEnumerable<string> WordsBefore => Words.Where(w => w.Value.IsCode).Select(w => w.Key).Concat(DollarPrefixes.Keys);

    /// <summary>The ISO code of a currency sign, or null.</summary>
    internal static string? Sign(ReadOnlySpan<char> token) => SignLookup.TryGetValue(token, out var code) ? code : null;

    /// <summary>The ISO code for letters written before a dollar sign (US, A, HK), or null.</summary>
    internal static string? DollarPrefix(ReadOnlySpan<char> token) => PrefixLookup.TryGetValue(token, out var code) ? code : null;

    /// <summary>A currency word, two-word name or ISO code.</summary>
    internal static bool TryWord(ReadOnlySpan<char> words, out CurrencyEntry entry) => WordLookup.TryGetValue(words, out entry);

    private static Dictionary<string, CurrencyEntry> BuildWords()
    {
        var words = new Dictionary<string, CurrencyEntry>(StringComparer.OrdinalIgnoreCase);
        void Add(string code, params string[] names)
        {
            var entry = new CurrencyEntry(code, 1, IsCode: false);
            foreach (var name in names)
            {
                words[name] = entry;
            }

            words[code] = new CurrencyEntry(code, 1, IsCode: true);
        }

        Add("USD", "dollar", "dollars", "US dollar", "US dollars", "U.S. dollar", "U.S. dollars", "American dollars");
        Add("EUR", "euro", "euros");
        Add("GBP", "pound", "pounds", "sterling", "pounds sterling", "British pounds");
        Add("RUB", "rouble", "roubles", "ruble", "rubles", "Russian roubles", "Russian rubles");
        Add("JPY", "yen", "Japanese yen");
        Add("CNY", "yuan", "renminbi", "Chinese yuan");
        Add("INR", "rupee", "rupees", "Indian rupees");
        Add("UAH", "hryvnia", "hryvnias", "hryvnas");
        Add("CHF", "Swiss franc", "Swiss francs", "franc", "francs");
        Add("TRY", "lira", "liras", "Turkish lira");
        Add("SAR", "riyal", "riyals", "Saudi riyals");
        Add("ILS", "shekel", "shekels");
        Add("ZAR", "rand");
        Add("MXN", "peso", "pesos", "Mexican pesos");
        Add("AED", "dirham", "dirhams");
        Add("CAD", "Canadian dollar", "Canadian dollars");
        Add("AUD", "Australian dollar", "Australian dollars");
        Add("HKD", "Hong Kong dollars");
        Add("IRR", "rial", "rials");
        Add("KRW", "Korean won");
        foreach (var code in (string[])["SEK", "NOK", "DKK", "PLN", "BRL", "SGD", "NZD"])
        {
            words[code] = new CurrencyEntry(code, 1, IsCode: true);
        }

        words["cent"] = new CurrencyEntry("USD", 0.01, IsCode: false);
        words["cents"] = new CurrencyEntry("USD", 0.01, IsCode: false);
        words["pence"] = new CurrencyEntry("GBP", 0.01, IsCode: false);
        words["kopecks"] = new CurrencyEntry("RUB", 0.01, IsCode: false);
        return words;
    }
}
