using System.Collections.Frozen;

namespace Backchannel.Numbers;

/// <summary>
/// Phrases that bound or soften a number ("more than", "up to", "about"), keyed by their first word so a scan
/// tries only the phrases that can start at a token; longer phrases come first. Case-insensitive.
/// </summary>
internal static class QualifierLexicon
{
    private static readonly FrozenDictionary<string, QualifierPhrase[]> Before = Group(
    [
        ("about", QuantityQualifier.Approx), ("around", QuantityQualifier.Approx), ("approximately", QuantityQualifier.Approx),
        ("approx.", QuantityQualifier.Approx), ("roughly", QuantityQualifier.Approx), ("some", QuantityQualifier.Approx),
        ("an estimated", QuantityQualifier.Approx), ("estimated", QuantityQualifier.Approx), ("circa", QuantityQualifier.Approx),
        ("close to", QuantityQualifier.Approx), ("in the region of", QuantityQualifier.Approx), ("of the order of", QuantityQualifier.Approx),
        ("on the order of", QuantityQualifier.Approx), ("an approximate", QuantityQualifier.Approx), ("almost exactly", QuantityQualifier.Approx),
        ("over", QuantityQualifier.MoreThan), ("more than", QuantityQualifier.MoreThan), ("above", QuantityQualifier.MoreThan),
        ("exceeding", QuantityQualifier.MoreThan), ("upwards of", QuantityQualifier.MoreThan), ("in excess of", QuantityQualifier.MoreThan),
        ("greater than", QuantityQualifier.MoreThan), ("higher than", QuantityQualifier.MoreThan), ("just over", QuantityQualifier.MoreThan),
        ("well over", QuantityQualifier.MoreThan), ("well above", QuantityQualifier.MoreThan), ("just above", QuantityQualifier.MoreThan),
        ("beyond", QuantityQualifier.MoreThan), ("nearly", QuantityQualifier.LessThan), ("almost", QuantityQualifier.LessThan),
        ("less than", QuantityQualifier.LessThan), ("fewer than", QuantityQualifier.LessThan), ("under", QuantityQualifier.LessThan),
        ("below", QuantityQualifier.LessThan), ("just under", QuantityQualifier.LessThan), ("just below", QuantityQualifier.LessThan),
        ("short of", QuantityQualifier.LessThan), ("just short of", QuantityQualifier.LessThan), ("just shy of", QuantityQualifier.LessThan),
        ("not quite", QuantityQualifier.LessThan), ("lower than", QuantityQualifier.LessThan),
        ("at least", QuantityQualifier.EqualOrMore), ("no fewer than", QuantityQualifier.EqualOrMore), ("no less than", QuantityQualifier.EqualOrMore),
        ("not less than", QuantityQualifier.EqualOrMore), ("a minimum of", QuantityQualifier.EqualOrMore), ("as little as", QuantityQualifier.EqualOrMore),
        ("at most", QuantityQualifier.EqualOrLess), ("up to", QuantityQualifier.EqualOrLess), ("no more than", QuantityQualifier.EqualOrLess),
        ("not more than", QuantityQualifier.EqualOrLess), ("a maximum of", QuantityQualifier.EqualOrLess), ("as many as", QuantityQualifier.EqualOrLess),
        ("as much as", QuantityQualifier.EqualOrLess), ("as high as", QuantityQualifier.EqualOrLess), ("at the most", QuantityQualifier.EqualOrLess),
    ]);

    private static readonly FrozenDictionary<string, QualifierPhrase[]> After = Group(
    [
        ("or more", QuantityQualifier.EqualOrMore), ("or over", QuantityQualifier.EqualOrMore), ("or so", QuantityQualifier.Approx),
        ("or less", QuantityQualifier.EqualOrLess), ("or fewer", QuantityQualifier.EqualOrLess), ("plus", QuantityQualifier.EqualOrMore),
        ("or above", QuantityQualifier.EqualOrMore), ("or under", QuantityQualifier.EqualOrLess),
    ]);

    private static readonly FrozenDictionary<string, QualifierPhrase[]>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = Before.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, QualifierPhrase[]>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = After.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First words of the phrases that stand before a number.</summary>
    internal static IEnumerable<string> FirstWordsBefore => Before.Keys;

    /// <summary>Phrases that stand before a number and start with this word, longest first; empty when none.</summary>
    internal static ReadOnlySpan<QualifierPhrase> StartingBefore(ReadOnlySpan<char> word) => BeforeLookup.TryGetValue(word, out var phrases) ? phrases : [];

    /// <summary>Phrases that follow a number and start with this word, longest first; empty when none.</summary>
    internal static ReadOnlySpan<QualifierPhrase> StartingAfter(ReadOnlySpan<char> word) => AfterLookup.TryGetValue(word, out var phrases) ? phrases : [];

    private static FrozenDictionary<string, QualifierPhrase[]> Group((string Phrase, string Qualifier)[] phrases)
        => phrases
            .Select(p => new QualifierPhrase(p.Phrase.Split(' '), p.Qualifier))
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
}
