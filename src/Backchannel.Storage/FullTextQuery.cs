using System.Text;

namespace Backchannel.Storage;

/// <summary>
/// Turns free text typed by a user into a safe FTS5 MATCH expression: every whitespace-separated term becomes a
/// quoted FTS5 string, and the terms are ANDed. FTS5 operators (quotes, parentheses, <c>-</c>, <c>:</c>, AND/OR/NOT,
/// NEAR) therefore lose their meaning instead of making the query a syntax error. A trailing <c>*</c> on a term
/// is kept as a prefix search.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>The MATCH expression, or null when the query holds no searchable term.</summary>
    public static string? Build(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var builder = new StringBuilder(query.Length + 16);
        foreach (var range in query.AsSpan().SplitAny(" \t\r\n\f\v\u00a0"))
        {
            var term = query.AsSpan(range);
            var prefix = term.EndsWith('*');
            term = term.TrimEnd('*');

            // The tokenizer drops everything but letters, digits and marks, so a term without any would become
            // an empty phrase; skipping it keeps "(" or "-" from turning the whole query into "match nothing".
            if (!HasSearchableCharacter(term))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(" AND ");
            }

            builder.Append('"');
            foreach (var c in term)
            {
                // An FTS5 string escapes its quote by doubling it.
                if (c == '"')
                {
                    builder.Append('"');
                }

                builder.Append(c);
            }

            builder.Append('"');
            if (prefix)
            {
                builder.Append('*');
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static bool HasSearchableCharacter(ReadOnlySpan<char> term)
    {
        foreach (var rune in term.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
