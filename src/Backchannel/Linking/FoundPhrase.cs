using Backchannel.Knowledge.Roles;

namespace Backchannel.Linking;

/// <summary>A role or relationship phrase found in a sentence, with the span of the whole phrase and of its title words.</summary>
/// <param name="Start">First character of the phrase (determiner, anchor or modifier included).</param>
/// <param name="End">One past the last character of the phrase.</param>
/// <param name="TitleStart">First character of the title or relationship words.</param>
/// <param name="Phrase">The phrase as the parser read it.</param>
/// <param name="AnchorId">An entity after "of" found by its recorded description ("… of Russia's sovereign wealth fund").</param>
internal readonly record struct FoundPhrase(int Start, int End, int TitleStart, RolePhrase Phrase, string? AnchorId = null)
{
    /// <summary>True for "X's son-in-law" rather than a title.</summary>
    public bool IsRelationship => Phrase.Relationship is not null;
}
