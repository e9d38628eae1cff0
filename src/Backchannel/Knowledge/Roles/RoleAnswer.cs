using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge.Roles;

/// <summary>
/// One answer to "who is the X on day D": the holder, the post and term (for titles) or the relation (for
/// "Trump's son-in-law"), how certain the record is, and why.
/// </summary>
/// <param name="Holder">The person (or entity) the phrase points to.</param>
/// <param name="Position">The post, for titles.</param>
/// <param name="Term">The term of office, for titles.</param>
/// <param name="Relation">The relation, for relationship phrases.</param>
/// <param name="Check">Whether the term covers the day; <see cref="TermCertainty.Holds"/> for relations.</param>
public sealed record RoleAnswer(KbEntity Holder, KbEntity? Position, Occupancy? Term, Relation? Relation, TermCheck Check)
{
    /// <summary>The citations behind the answer: the term's or the relation's.</summary>
    public IReadOnlyList<Citation> Citations => (Term?.Entity ?? Relation?.Entity)?.Citations ?? [];
}
