using System.Globalization;
using System.Text;

namespace Backchannel.Knowledge.Names;

/// <summary>
/// Keys names compare by. <see cref="Exact"/> folds case, diacritics, punctuation and spacing ("Zelenskyy" ≠
/// "Zelensky"); <see cref="Loose"/> also folds the spelling differences transliteration produces (y/i/j, doubled
/// letters, kh/h, final -iy/-y), so "Zelenskyy", "Zelenski" and "Zelensky" meet. Loose matches earn less confidence.
/// </summary>
public static class NameKey
{
    // Names up to this length are keyed in a stack buffer (a key is never longer than its name).
    private const int MaxStackName = 256;

    /// <summary>Lower case, no diacritics, letters and digits separated by single spaces; "" for no letters.</summary>
    public static string Exact(ReadOnlySpan<char> name)
    {
        // Most names are plain ASCII and short: no Unicode decomposition and no builder, one string at the end.
        if (name.Length <= MaxStackName && Ascii.IsValid(name))
        {
            Span<char> key = stackalloc char[MaxStackName];
            var length = ExactAscii(name, key);
            return length == 0 ? "" : new string(key[..length]);
        }

        var decomposed = Ascii.IsValid(name) ? name : name.ToString().Normalize(NormalizationForm.FormD).AsSpan();
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            // Apostrophes join ("O'Brien" → "obrien"); other punctuation separates.
            if (c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    // The same rules as the general path of Exact, for ASCII only (no marks; letters and digits by ASCII class).
    private static int ExactAscii(ReadOnlySpan<char> name, Span<char> key)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c == '\'')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    key[length++] = ' ';
                }

                pendingSpace = false;
                key[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    /// <summary>The <see cref="Exact"/> key with transliteration variants folded.</summary>
    public static string Loose(ReadOnlySpan<char> name) => LooseFromExact(Exact(name));

    /// <summary><see cref="Loose"/> for a name already in <see cref="Exact"/> form (saves a second normalisation).</summary>
    public static string LooseFromExact(string exact)
    {
        var sb = new StringBuilder(exact.Length);
        foreach (var word in exact.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            AppendLooseWord(sb, word);
        }

        return sb.ToString();
    }

    private static void AppendLooseWord(StringBuilder sb, string word)
    {
        var w = word;
        // Endings that differ only by romanisation system: Zelenskyy/Zelenskiy/Zelenskii/Zelenski → zelenski.
        foreach (var ending in (ReadOnlySpan<string>)["yy", "iy", "ii", "ij", "yi"])
        {
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                w = w[..^ending.Length] + "i";
                break;
            }
        }

        var start = sb.Length;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (c is 'k' && next == 'h')
            {
                c = 'h';
                i++;
            }
            else if (c is 'y' or 'j')
            {
                c = 'i';
            }
            else if (c is 'w')
            {
                c = 'v';
            }

            // Doubled letters fold to one (Dmitriyev/Dmitriev, Shmyhal/Shmygal stay distinct: only repeats fold).
            if (sb.Length > start && sb[^1] == c)
            {
                continue;
            }

            sb.Append(c);
        }
    }
}
