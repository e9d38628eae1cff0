using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Spelled-out number words, ordinals, fractions and scale words (case-insensitive), looked up from spans without
/// allocating. Written by hand: English number words are a closed class.
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Scale abbreviations written straight after the digits: 1.2bn, 500m, 40k, 3tn.
    private static readonly FrozenDictionary<string, double> Suffixes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3,
        ["m"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["b"] = 1e9,
        ["bn"] = 1e9,
        ["bln"] = 1e9,
        ["tn"] = 1e12,
        ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every number word.</summary>
    internal static IEnumerable<string> All => Words.Keys;

    /// <summary>Looks up a word; false when it is not a number word.</summary>
    internal static bool TryFind(ReadOnlySpan<char> word, out NumberWord entry) => Lookup.TryGetValue(word, out entry);

    /// <summary>The multiplier of a scale abbreviation glued to digits (bn → 1e9), or 0.</summary>
    internal static double SuffixScale(ReadOnlySpan<char> suffix) => SuffixLookup.TryGetValue(suffix, out var scale) ? scale : 0;

    /// <summary>True when the word is a scale word on its own (million, bn), so "1.2 million" multiplies.</summary>
    internal static bool IsScale(ReadOnlySpan<char> word, out double scale)
    {
        if (Lookup.TryGetValue(word, out var entry) && entry.Type == NumberWordType.Scale)
        {
            scale = entry.Value;
            return true;
        }

        scale = 0;
        return false;
    }

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < units.Length; i++)
        {
            words[units[i]] = new NumberWord(NumberWordType.Unit, i);
        }

        for (var i = 0; i < unitOrdinals.Length; i++)
        {
            words[unitOrdinals[i]] = new NumberWord(NumberWordType.Ordinal, i + 1, Denominator: i >= 2);
        }

        for (var i = 0; i < teens.Length; i++)
        {
            words[teens[i]] = new NumberWord(NumberWordType.Teen, 10 + i);
            words[teenOrdinals[i]] = new NumberWord(NumberWordType.Ordinal, 10 + i, Denominator: i == 0);
        }

        for (var i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = new NumberWord(NumberWordType.Tens, 20 + (10 * i));
            words[tensOrdinals[i]] = new NumberWord(NumberWordType.Ordinal, 20 + (10 * i));
        }

        string[] pluralDenominators = ["thirds", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths"];
        for (var i = 0; i < pluralDenominators.Length; i++)
        {
            words[pluralDenominators[i]] = new NumberWord(NumberWordType.PluralDenominator, i + 3);
        }

        words["hundred"] = new NumberWord(NumberWordType.Hundred, 100);
        words["hundredth"] = new NumberWord(NumberWordType.Ordinal, 100);
        words["thousandth"] = new NumberWord(NumberWordType.Ordinal, 1000);
        words["millionth"] = new NumberWord(NumberWordType.Ordinal, 1e6);
        words["thousand"] = new NumberWord(NumberWordType.Scale, 1e3);
        words["million"] = new NumberWord(NumberWordType.Scale, 1e6);
        words["mn"] = new NumberWord(NumberWordType.Scale, 1e6);
        words["mln"] = new NumberWord(NumberWordType.Scale, 1e6);
        words["billion"] = new NumberWord(NumberWordType.Scale, 1e9);
        words["bn"] = new NumberWord(NumberWordType.Scale, 1e9);
        words["bln"] = new NumberWord(NumberWordType.Scale, 1e9);
        words["trillion"] = new NumberWord(NumberWordType.Scale, 1e12);
        words["tn"] = new NumberWord(NumberWordType.Scale, 1e12);
        words["trn"] = new NumberWord(NumberWordType.Scale, 1e12);
        words["dozen"] = new NumberWord(NumberWordType.Dozen, 12);
        words["quarter"] = new NumberWord(NumberWordType.Quarter, 4);
        words["quarters"] = new NumberWord(NumberWordType.PluralDenominator, 4);
        words["halves"] = new NumberWord(NumberWordType.PluralDenominator, 2);
        words["half"] = new NumberWord(NumberWordType.Half, 0.5);
        words["dozens"] = new NumberWord(NumberWordType.PluralScale, 12);
        words["tens"] = new NumberWord(NumberWordType.PluralScale, 10);
        words["scores"] = new NumberWord(NumberWordType.PluralScale, 20);
        words["hundreds"] = new NumberWord(NumberWordType.PluralScale, 100);
        words["thousands"] = new NumberWord(NumberWordType.PluralScale, 1e3);
        words["millions"] = new NumberWord(NumberWordType.PluralScale, 1e6);
        words["billions"] = new NumberWord(NumberWordType.PluralScale, 1e9);
        words["trillions"] = new NumberWord(NumberWordType.PluralScale, 1e12);
        return words;
    }
}
