namespace Backchannel.Knowledge.Import;

/// <summary>What one manifest entry gave: its entities (before merging), problems and notes.</summary>
/// <param name="Entry">The manifest entry.</param>
/// <param name="Result">The importer's result.</param>
public sealed record KbSourceReport(KbSourceEntry Entry, ImportResult Result);
