namespace Backchannel.Numbers;

/// <summary>A unit lexicon entry.</summary>
/// <param name="Unit">Canonical unit name (km, hour, tonne) or, for counted nouns, the plural noun (troops).</param>
/// <param name="Counted">True for counted nouns: the quantity stays a cardinal that names what it counts.</param>
internal readonly record struct UnitEntry(string Unit, bool Counted);
