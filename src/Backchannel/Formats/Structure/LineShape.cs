namespace Backchannel.Formats.Structure;

/// <summary>What a line of plain text looks like: its list mark or section number, casing and ending.</summary>
internal static class LineShape
{
    /// <summary>The line without a leading list mark ("- ", "* ", "• ") or section number ("3.1 ", "7. ", "IV. ").</summary>
    internal static ReadOnlySpan<char> StripMarker(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ')
        {
            return line[2..].TrimStart();
        }

        // Section numbers have digit groups of one or two ("3.1", "12."): "2026 was" is no section number.
        var i = 0;
        var run = 0;
        while (i < line.Length && (char.IsDigit(line[i]) || (line[i] == '.' && i > 0)))
        {
            run = char.IsDigit(line[i]) ? run + 1 : 0;
            if (run > 2)
            {
                return line;
            }

            i++;
        }

        if (i > 0 && i < line.Length && line[i] is ' ' or ')' && char.IsDigit(line[0]))
        {
            return line[(i + 1)..].TrimStart();
        }

        return line;
    }

    /// <summary>The list mark the line starts with ('-', '*', '•', '–'), or '\0'.</summary>
    internal static char ListMark(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        return line.Length >= 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ' ? line[0] : '\0';
    }

    /// <summary>True when the line starts with a section number ("3.1 Key Participants", "7. Conclusion").</summary>
    internal static bool IsNumbered(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        return line.Length > 0 && char.IsDigit(line[0]) && StripMarker(line).Length < line.Length;
    }

    /// <summary>Number of space-separated words.</summary>
    internal static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary>
    /// Headline casing: every word of four or more letters starts with a capital (after any opening quote), and there
    /// is at least one such word ("The Players and the Stakes", "FAQ", "Abstract").
    /// </summary>
    internal static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var long_ = 0;
        var acronyms = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].TrimStart("\"'“‘([");
            var letters = 0;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters == 0)
            {
                continue;
            }

            if (letters >= 4)
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                long_++;
            }
            else if (NameWords.IsAllCaps(word) && letters >= 2)
            {
                acronyms++;
            }
        }

        return long_ > 0 || acronyms > 0;
    }

    /// <summary>True when every letter is upper case (and there are at least two).</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
