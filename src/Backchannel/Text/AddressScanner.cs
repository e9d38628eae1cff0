using System.Collections.Frozen;

namespace Backchannel.Text;

/// <summary>Recognises web addresses (with a scheme, with <c>www.</c>, or bare domains) and e-mail addresses.</summary>
internal static class AddressScanner
{
    // Bare domains (bbc.co.uk) count only with a known top-level domain; words that are also common English words
    // (in, it, me, us, at, be, is, no) are left out so "said it.It was" style typos stay words.
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "news", "tv", "uk", "eu", "de", "fr", "ru",
        "ua", "cn", "jp", "au", "ca", "ch", "nl", "es", "pl", "se", "ie", "nz", "za", "br", "mx", "kr", "il", "tr", "ir",
        "sy", "iq", "sa", "ae", "qa", "eg", "pk", "af", "by", "kz", "ge", "am", "az", "gr", "hu", "cz", "ro", "fi", "dk",
        "pt", "sg", "hk", "tw", "ar", "cl", "ng", "ke", "ly", "lb", "jo", "ps", "ve", "cu", "kp", "vn", "th", "ph", "my");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An address starting with http://, https:// or www. at <paramref name="start"/>.</summary>
    public static bool TryScanUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var c = text[start] | 0x20;
        int prefix;
        var rest = text[start..];
        if (c == 'h' && rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            prefix = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
                : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : 0;
        }
        else if (c == 'w' && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return false;
        }

        if (prefix == 0 || prefix >= rest.Length || !char.IsAsciiLetterOrDigit(rest[prefix]))
        {
            return false;
        }

        end = ScanUrlTail(text, start + prefix, start + prefix);
        return true;
    }

    /// <summary>A bare domain such as <c>bbc.co.uk</c> (optionally with a path) whose first label ends at <paramref name="period"/>.</summary>
    public static bool TryScanDomain(ReadOnlySpan<char> text, int start, int period, out int end)
    {
        end = start;
        var p = SkipLabel(text, start);
        if (p != period)
        {
            return false;
        }

        var lastLabel = start;
        while (p + 1 < text.Length && text[p] == '.' && char.IsAsciiLetterOrDigit(text[p + 1]))
        {
            lastLabel = p + 1;
            p = SkipLabel(text, p + 1);
        }

        if (lastLabel == start || !TopLevelDomainLookup.Contains(text[lastLabel..p]))
        {
            return false;
        }

        end = p < text.Length && text[p] == '/' ? ScanUrlTail(text, p, start) : p;
        return true;
    }

    /// <summary>An e-mail address whose local part starts at <paramref name="start"/>.</summary>
    public static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var p = start;
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '.' or '_' or '%' or '+' or '-'))
        {
            p++;
        }

        if (p == start || p + 1 >= text.Length || text[p] != '@' || text[p - 1] == '.' || !char.IsAsciiLetterOrDigit(text[p + 1]))
        {
            return false;
        }

        var labels = 0;
        var q = SkipLabel(text, p + 1);
        var lastLabel = p + 1;
        while (q + 1 < text.Length && text[q] == '.' && char.IsAsciiLetterOrDigit(text[q + 1]))
        {
            labels++;
            lastLabel = q + 1;
            q = SkipLabel(text, q + 1);
        }

        if (labels == 0 || q - lastLabel < 2)
        {
            return false;
        }

        end = q;
        return true;
    }

    private static int SkipLabel(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] == '-'))
        {
            p++;
        }

        return p;
    }

    /// <summary>Runs to the next space or quote, then gives back trailing sentence punctuation.</summary>
    private static int ScanUrlTail(ReadOnlySpan<char> text, int p, int min)
    {
        var open = 0;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' || CharClasses.Of(c) == CharClass.Space)
            {
                break;
            }

            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            p++;
        }

        while (p > min + 1 && text[p - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' or ')')
        {
            if (text[p - 1] == ')' && open >= 0)
            {
                break;
            }

            open += text[p - 1] == ')' ? 1 : 0;
            p--;
        }

        return p;
    }
}
