using System.Collections.Frozen;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Formats.Conll;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Numbers.Evaluation;

/// <summary>
/// A proxy evaluation on CoNLL-2003, which has no quantity annotation but does tag every number CD. Each sentence's
/// words are joined with spaces and run through the tokenizer and the numbers stage.
/// Gold: every maximal run of CD tokens, except runs that are dates, times or identifiers: a capitalised month name
/// next to the run; a lone 1000–2100 number after in/since/by/until/till/of/from/to/through/during/between/and/
/// before/after, before a dash or slash, after "Month day ,", or between a determiner (or the sentence start) and a
/// word; a token shaped like 1996-08-30, 12/03/2014 or 1980s; a token with a colon or followed by a time zone or
/// a.m./p.m.; a phone-like token (+44, 235-6745) or a bare string of seven or more digits.
/// A quantity is right when it overlaps a gold run, or a token that starts with a digit whatever its (automatic) tag
/// (15-10 is tagged JJ, 108-3 NNP), or a hyphenated compound led by a cardinal word (six-month, tagged JJ), or a number word other than a plain cardinal whatever its tag (ordinals such as
/// first, which the tagset calls JJ or RB, and half, dozen, dozens, hundreds, thirds, quarter).
/// A quantity that overlaps only excluded runs is wrong.
/// </summary>
public static class ConllNumberEvaluator
{
    private const int Examples = 40;

    private static readonly FrozenSet<string> YearBefore = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "since", "by", "until", "till", "of", "from", "to", "through", "during", "between", "and", "before", "after");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "its", "their", "his", "her", "this", "that", "last", "next", "our");

    private static readonly FrozenSet<string> TimeAfter = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "GMT", "a.m.", "p.m.", "am", "pm", "EST", "EDT", "CET", "BST", "ET", "UTC", "local");

    /// <summary>Scores the numbers stage on every sentence of a CoNLL file (POS tags in the first column after the word).</summary>
    public static ConllNumberResult Evaluate(IReadOnlyList<ConllSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var pipeline = new PipelineBuilder().UseTokenizer().UseNumbers().Build();
        int gold = 0, goldFound = 0, predicted = 0, right = 0;
        var misses = new List<string>();
        var spurious = new List<string>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = sentence.Words;
            var tags = sentence.Column(0);
            var text = string.Join(' ', words);
            var starts = new int[words.Length];
            for (int i = 0, offset = 0; i < words.Length; offset += words[i].Length + 1, i++)
            {
                starts[i] = offset;
            }

            var quantities = pipeline.Process(new Document(text, new DocumentMetadata()), cancellationToken).Get(NumberLayers.Quantities);
            var runs = Runs(words, tags);
            var claimed = new bool[quantities.Length];
            foreach (var (first, last, isDate) in runs)
            {
                var runStart = starts[first];
                var runEnd = starts[last] + words[last].Length;
                var hit = false;
                for (var q = 0; q < quantities.Length; q++)
                {
                    if (quantities[q].Start < runEnd && quantities[q].End > runStart)
                    {
                        hit = true;
                        claimed[q] |= !isDate;
                    }
                }

                if (isDate)
                {
                    continue;
                }

                gold++;
                goldFound += hit ? 1 : 0;
                if (!hit && misses.Count < Examples)
                {
                    misses.Add($"{text[runStart..runEnd]}  ‹{text}›");
                }
            }

            for (var q = 0; q < quantities.Length; q++)
            {
                predicted++;
                var ok = claimed[q] || OverlapsNumberWord(words, starts, quantities[q]);
                right += ok ? 1 : 0;
                if (!ok && spurious.Count < Examples)
                {
                    spurious.Add($"{text[quantities[q].Start..quantities[q].End]}  ‹{text}›");
                }
            }
        }

        return new ConllNumberResult(gold, goldFound, predicted, right, misses, spurious);
    }

    private static List<(int First, int Last, bool IsDate)> Runs(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var runs = new List<(int, int, bool)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (tags[i] != "CD")
            {
                continue;
            }

            var first = i;
            while (i + 1 < words.Count && tags[i + 1] == "CD")
            {
                i++;
            }

            runs.Add((first, i, IsDate(words, first, i) || IsIdentifier(words, first, i)));
        }

        return runs;
    }

    private static bool IsMonth(string word) => word.Length > 0 && char.IsAsciiLetterUpper(word[0]) && MonthNames.Find(word.AsSpan().TrimEnd('.')) > 0;

    private static bool IsDate(IReadOnlyList<string> words, int first, int last)
    {
        var before = first > 0 ? words[first - 1] : "";
        var after = last + 1 < words.Count ? words[last + 1] : "";
        if (IsMonth(before) || IsMonth(after) || TimeAfter.Contains(after))
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (word.Contains(':', StringComparison.Ordinal) || (word.Length == 10 && word[4] == '-' && word[7] == '-') || word.Count(c => c == '/') == 2
                || (word.EndsWith('s') && word.Length >= 3 && char.IsAsciiDigit(word[^2])))
            {
                return true;
            }
        }

        var single = words[first];
        var year = first == last && single.Length == 4 && int.TryParse(single, out var y) && y is >= 1000 and <= 2100;
        return year && (YearBefore.Contains(before) || after is "-" or "/" || (before == "," && first >= 3 && IsMonth(words[first - 3]))
            || ((first == 0 || Determiners.Contains(before)) && after.Length > 0 && char.IsLetter(after[0])));
    }

    // Phone numbers (+44 171 …, 235-6745) and long bare digit strings are identifiers, not quantities.
    private static bool IsIdentifier(IReadOnlyList<string> words, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            var digits = word.Count(char.IsAsciiDigit);
            if (word.StartsWith('+') || (digits == word.Length && digits >= 7)
                || (word.Length == 8 && word[3] == '-' && digits == 7) || (word.Length == 12 && word[3] == '-' && word[7] == '-' && digits == 10))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsNumberWord(IReadOnlyList<string> words, int[] starts, Quantity quantity)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (starts[i] < quantity.End && starts[i] + words[i].Length > quantity.Start && IsNumberWord(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberWord(string word)
    {
        // Tokens that start with a digit are numbers whatever the (automatic) tag says: 15-10 is JJ, 108-3 NNP.
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        var parts = word.Split('-');
        foreach (var part in parts)
        {
            if (NumberWords.TryFind(part, out var entry) && entry.Type is not (NumberWordType.Unit or NumberWordType.Teen or NumberWordType.Tens or NumberWordType.Scale))
            {
                return true;
            }
        }

        // Compounds led by a cardinal word (six-month, Twenty-three) are tagged JJ but hold a number.
        return parts.Length > 1 && NumberWords.TryFind(parts[0], out var lead) && lead.Type is NumberWordType.Unit or NumberWordType.Teen or NumberWordType.Tens;
    }
}
