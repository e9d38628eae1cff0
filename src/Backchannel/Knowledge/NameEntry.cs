using Backchannel.Knowledge.Model;

namespace Backchannel.Knowledge;

/// <summary>One name under which an entity can be found.</summary>
/// <param name="EntityId">The entity.</param>
/// <param name="Name">The name as recorded.</param>
/// <param name="Kind">name, weak, previous, transliteration, acronym, description or nickname.</param>
/// <param name="Alias">The dated alias fact, when the name came from one (its validity and citation).</param>
public sealed record NameEntry(string EntityId, string Name, string Kind, NameAlias? Alias)
{
    /// <summary>False when a dated alias did not apply on <paramref name="day"/>.</summary>
    public bool ValidOn(DateOnly day) => Alias is null || Alias.ValidOn(day);
}
