namespace Backchannel.Entities;

/// <summary>Cheap character-level facts about a token, hashed without building strings.</summary>
internal static class WordShape
{
    /// <summary>Capitalisation classes.</summary>
    public const byte NoLetters = 0;
    public const byte LowerCase = 1;
    public const byte Initial = 2;
    public const byte AllCaps = 3;
    public const byte Mixed = 4;

    /// <summary>Hash of the word with every digit folded to 0 (keeps years and scores from fragmenting the vocabulary).</summary>
    public static ulong Exact(ulong seed, ReadOnlySpan<char> word)
    {
        var h = seed;
        foreach (var c in word)
        {
            h = Learning.FeatureHash.Add(h, char.IsAsciiDigit(c) ? '0' : c);
        }

        return h;
    }

    /// <summary>Hash of the lowercased word, digits folded to 0.</summary>
    public static ulong Lower(ulong seed, ReadOnlySpan<char> word)
    {
        var h = seed;
        foreach (var c in word)
        {
            h = Learning.FeatureHash.Add(h, char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>Hash of the collapsed shape: upper X, lower x, digit d, others as themselves, runs collapsed ("Xx", "X.X.", "d,d").</summary>
    public static ulong Shape(ulong seed, ReadOnlySpan<char> word)
    {
        var h = seed;
        var previous = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != previous)
            {
                h = Learning.FeatureHash.Add(h, s);
                previous = s;
            }
        }

        return h;
    }

    /// <summary>The capitalisation class of a word.</summary>
    public static byte Capitalisation(ReadOnlySpan<char> word)
    {
        var upper = 0;
        var lower = 0;
        var firstUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsUpper(c))
            {
                upper++;
                firstUpper |= lower == 0 && upper == 1 && i == 0;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper + lower == 0)
        {
            return NoLetters;
        }

        if (upper == 0)
        {
            return LowerCase;
        }

        if (lower == 0)
        {
            return AllCaps;
        }

        return firstUpper && upper == 1 ? Initial : Mixed;
    }
}
