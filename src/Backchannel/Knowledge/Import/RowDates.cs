using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Import;

/// <summary>Date cells as importers must treat them: normalised through <see cref="KbDate"/>, or reported and dropped.</summary>
internal static class RowDates
{
    /// <summary>
    /// The date in <paramref name="text"/>, or null for an empty cell. An unparseable value is a problem naming the
    /// column; the row is kept without the date.
    /// </summary>
    public static KbDate? Parse(string text, string column, ImportResult result, string file, long line)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (KbDate.TryParse(text, out var date))
        {
            return date;
        }

        result.Problem(file, line, $"{column} '{text.Trim()}' is not an ISO date; the row is kept without it");
        return null;
    }
}
