using System.Collections.Frozen;

namespace Backchannel.Text;

/// <summary>
/// Capitalised words that usually open a sentence and are unlikely to continue a name. After an abbreviation
/// ("... in the U.S. The talks ..."), only one of these is taken as proof that the sentence is over.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "By",
        "For", "From", "With", "Without", "After", "Before", "During", "While", "When", "Where", "Why", "How", "What",
        "Who", "Whom", "Whose", "Which", "Whether", "If", "Although", "Though", "Because", "Since", "As", "However",
        "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Still", "Some", "Many", "Most", "Much",
        "Other", "Others", "All", "Both", "Each", "Every", "Neither", "Either", "No", "Not", "None", "One", "Two", "Three",
        "Several", "Few", "Last", "Next", "Earlier", "Later", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Tonight",
        "Instead", "Also", "Even", "Only", "Such", "Under", "Despite", "Among", "Until", "Once", "Indeed", "Thus",
        "Therefore", "Separately", "Elsewhere", "Overall", "According", "Officials", "Analysts", "Critics", "Experts");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
