using System.Collections.Immutable;
using Backchannel.Documents;

namespace Backchannel.Quotes.Evaluation;

/// <summary>One document of the blind quote gold set (<c>data/eval/quotes-blind.jsonl</c>), with its text as read.</summary>
/// <param name="Id">Gold id ("b01", "s1").</param>
/// <param name="Path">The path the gold names (a feed item as <c>file#n</c>).</param>
/// <param name="Group">Where it was drawn from (seeds, samples, bbc-random).</param>
/// <param name="Document">The document as Backchannel reads it; gold offsets index into its text.</param>
/// <param name="Items">Statements and negatives, in file order.</param>
public sealed record QuoteGoldDocument(string Id, string Path, string Group, Document Document, ImmutableArray<QuoteGoldItem> Items);

/// <summary>
/// One gold statement, or a negative (<see cref="IsNegative"/>: scare quotes or a title in quotation marks). A quote
/// interrupted by its attribution has several <see cref="Parts"/>; otherwise one part, <see cref="Start"/>..<see cref="End"/>.
/// </summary>
public sealed record QuoteGoldItem(
    string Id,
    string Kind,
    int Start,
    int End,
    ImmutableArray<(int Start, int End)> Parts,
    QuoteGoldSpeaker? Speaker,
    QuoteGoldSpan? Cue,
    QuoteGoldSpan? Via,
    bool Doubtful)
{
    /// <summary>Kind <c>not-a-quote</c>: a system quote here (and over no statement) is a false alarm.</summary>
    public bool IsNegative => Kind == "not-a-quote";
}

/// <summary>A gold span with its words (a cue, a relaying outlet).</summary>
public sealed record QuoteGoldSpan(int Start, int End, string Text);

/// <summary>A gold speaker: the span as written, the full name it stands for when the text gives one, and whether it is unnamed.</summary>
public sealed record QuoteGoldSpeaker(int Start, int End, string Text, string? Name, bool Anonymous);
