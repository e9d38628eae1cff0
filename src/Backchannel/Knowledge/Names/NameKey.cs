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

    /// <summary>
    /// <see cref="Exact"/> into <paramref name="key"/> without allocating, for an ASCII name no longer than the buffer;
    /// false (nothing written) for any other name, which the string overload handles.
    /// </summary>
    public static bool TryExact(ReadOnlySpan<char> name, Span<char> key, out int length)
    {
        if (name.Length > key.Length || !Ascii.IsValid(name))
        {
            length = 0;
            return false;
        }

        length = ExactAscii(name, key);
        return true;
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
        ArgumentNullException.ThrowIfNull(exact);

        // Folding never lengthens a word, so the key fits a buffer the size of the exact form: one string, no builder.
        Span<char> key = exact.Length <= MaxStackName ? stackalloc char[MaxStackName] : new char[exact.Length];
        return new string(key[..LooseFromExact(exact, key)]);
    }

    /// <summary>
    /// <see cref="LooseFromExact(string)"/> into <paramref name="key"/>, which must be at least as long as
    /// <paramref name="exact"/> (folding never lengthens a word); returns the key's length.
    /// </summary>
    public static int LooseFromExact(ReadOnlySpan<char> exact, Span<char> key)
    {
        if (key.Length < exact.Length)
        {
            throw new ArgumentException("The buffer must be at least as long as the exact key.", nameof(key));
        }

        var length = 0;
        foreach (var range in exact.Split(' '))
        {
            var word = exact[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (length > 0)
            {
                key[length++] = ' ';
            }

            length = AppendLooseWord(key, length, word);
        }

        return length;
    }

    private static int AppendLooseWord(Span<char> key, int length, ReadOnlySpan<char> word)
    {
        // Endings that differ only by romanisation system: Zelenskyy/Zelenskiy/Zelenskii/Zelenski → zelenski. The
        // ending becomes a final "i", read below as if it were part of the word.
        var stem = word;
        var finalI = false;
        foreach (var ending in (ReadOnlySpan<string>)["yy", "iy", "ii", "ij", "yi"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                stem = word[..^ending.Length];
                finalI = true;
                break;
            }
        }

        var count = stem.Length + (finalI ? 1 : 0);
        var start = length;
        for (var i = 0; i < count; i++)
        {
            var c = i < stem.Length ? stem[i] : 'i';
            var next = i + 1 >= count ? '\0' : i + 1 < stem.Length ? stem[i + 1] : 'i';
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
            if (length > start && key[length - 1] == c)
            {
                continue;
            }

            key[length++] = c;
        }

        return length;
    }
}
