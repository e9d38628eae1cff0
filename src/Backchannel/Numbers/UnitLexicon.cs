using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Units of measure (with abbreviations, plurals and British and American spellings) and the nouns news counts
/// most (troops, people, votes), case-insensitive, mapped to one canonical string each. Two-word units
/// (square kilometres, degrees Celsius) are keyed with one space.
/// </summary>
internal static class UnitLexicon
{
    private static readonly FrozenDictionary<string, UnitEntry> Units = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a unit or counted noun (one word, or two joined by a space).</summary>
    internal static bool TryFind(ReadOnlySpan<char> words, out UnitEntry entry) => Lookup.TryGetValue(words, out entry);

    private static Dictionary<string, UnitEntry> Build()
    {
        var units = new Dictionary<string, UnitEntry>(StringComparer.OrdinalIgnoreCase);
        void Measure(string unit, params string[] names)
        {
            var entry = new UnitEntry(unit, Counted: false);
            units[unit] = entry;
            foreach (var name in names)
            {
                units[name] = entry;
            }
        }

        Measure("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        Measure("m", "metre", "metres", "meter", "meters");
        Measure("cm", "centimetre", "centimetres", "centimeter", "centimeters");
        Measure("mm", "millimetre", "millimetres", "millimeter", "millimeters");
        Measure("mile", "miles", "mi");
        Measure("nautical mile", "nautical miles");
        Measure("foot", "feet", "ft");
        Measure("inch", "inches", "in.");
        Measure("yard", "yards");
        Measure("km2", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers");
        Measure("sq mile", "sq miles", "square mile", "square miles");
        Measure("hectare", "hectares", "ha");
        Measure("acre", "acres");
        Measure("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos");
        Measure("g", "gram", "grams", "gramme", "grammes");
        Measure("tonne", "tonnes", "ton", "tons", "t", "metric tons", "metric tonnes");
        Measure("lb", "lbs");
        Measure("ounce", "ounces", "oz");
        Measure("litre", "litres", "liter", "liters", "l");
        Measure("gallon", "gallons");
        Measure("barrel", "barrels", "bbl");
        Measure("barrels per day", "bpd", "b/d");
        Measure("bcm", "billion cubic metres", "billion cubic meters");
        Measure("cubic metre", "cubic metres", "cubic meter", "cubic meters");
        Measure("degree", "degrees", "°");
        Measure("°C", "degrees Celsius", "degrees centigrade", "degree Celsius");
        Measure("°F", "degrees Fahrenheit", "degree Fahrenheit");
        Measure("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour");
        Measure("mph", "miles per hour");
        Measure("knot", "knots");
        Measure("W", "watt", "watts");
        Measure("kW", "kilowatt", "kilowatts");
        Measure("MW", "megawatt", "megawatts");
        Measure("GW", "gigawatt", "gigawatts");
        Measure("kWh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours");
        Measure("MWh", "megawatt-hours", "megawatt hours");
        Measure("TWh", "terawatt-hours", "terawatt hours");
        Measure("GB", "gigabyte", "gigabytes");
        Measure("MB", "megabyte", "megabytes");
        Measure("second", "seconds", "secs");
        Measure("minute", "minutes", "mins", "min");
        Measure("hour", "hours", "hrs", "hr", "h");
        Measure("day", "days");
        Measure("week", "weeks");
        Measure("month", "months");
        Measure("year", "years", "yr", "yrs");
        Measure("decade", "decades");
        Measure("century", "centuries");
        Measure("calorie", "calories");
        Measure("point", "points", "pts");
        Measure("times", "fold");

        string[] counted =
        [
            "people", "persons", "troops", "soldiers", "civilians", "refugees", "migrants", "prisoners", "hostages",
            "detainees", "workers", "employees", "jobs", "votes", "voters", "seats", "members", "delegates", "diplomats",
            "officials", "journalists", "reporters", "observers", "monitors", "countries", "nations", "states", "children", "women", "men", "deaths", "casualties", "victims",
            "dead", "injured", "wounded", "cases", "residents", "students", "families", "homes", "houses", "vehicles",
            "tanks", "missiles", "drones", "rockets", "aircraft", "jets", "ships", "warheads", "shells", "weapons",
            "companies", "firms", "banks", "shares", "barrels", "patients", "doctors", "police", "officers",
            "protesters", "demonstrators", "fighters", "militants", "rebels", "sanctions", "meetings", "talks",
            "rounds", "games", "matches", "goals", "runs", "wickets", "wins", "medals", "titles", "villages", "towns",
            "cities", "sites", "pages", "words", "articles", "documents", "letters", "copies", "units", "items",
            "users", "visitors", "tourists", "fans", "spectators", "passengers", "flights",
        ];
        foreach (var noun in counted)
        {
            units.TryAdd(noun, new UnitEntry(noun, Counted: true));
        }

        return units;
    }
}
