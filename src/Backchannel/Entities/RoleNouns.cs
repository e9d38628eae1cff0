using Backchannel.Diagnostics;
using Backchannel.Text;

namespace Backchannel.Entities;

/// <summary>
/// Nouns for people's roles and kinds ("envoy", "ministers", "spokesman"), singular and plural, from WordNet's
/// noun.person file (<c>data/gazetteers/roles.txt</c>, embedded; built by <c>tools/gazetteers/roles.sh</c>). Used to
/// keep a role noun out of a person's name, as CoNLL annotates titles ("President [Clinton]"): a rare capitalised role
/// word at a sentence start ("Envoys Ana Ruiz, ...") is otherwise easily read as the first name.
/// </summary>
internal static class RoleNouns
{
    private static readonly Lazy<HashSet<ulong>> Keys = new(() => LoadLog.Measure("role-nouns", Load));

    /// <summary>
    /// Where a person mention over <c>tokens[from..to)</c> really starts: after a leading role noun when one is
    /// there and cannot be a given name — a plural ("Envoys"), or a singular followed by at least two more names
    /// ("Envoy Ana Ruiz"; "Hunter Biden" keeps its given name).
    /// </summary>
    public static int PersonStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from < 2)
        {
            return from;
        }

        var word = text.Slice(tokens[from].Start, tokens[from].Length);
        if (!Keys.Value.Contains(Gazetteer.TokenHash(word)))
        {
            return from;
        }

        return IsPlural(word) || to - from >= 3 ? from + 1 : from;
    }

    // A role noun from the list ending in a single s is a plural: singular role nouns ending in s end in -ss, -us or
    // -is ("boss", "alumnus", "marquis").
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3
        && char.ToLowerInvariant(word[^1]) == 's'
        && char.ToLowerInvariant(word[^2]) is not ('s' or 'u' or 'i');

    private static HashSet<ulong> Load()
    {
        using var stream = typeof(RoleNouns).Assembly.GetManifestResourceStream("gazetteers/roles.txt");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var keys = new HashSet<ulong>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#' && !line.Contains(' ', StringComparison.Ordinal))
            {
                keys.Add(Gazetteer.TokenHash(line));
            }
        }

        return keys;
    }
}
