using System.Collections.Immutable;

namespace Backchannel.Linking.Evaluation;

/// <summary>One gold document: its text, its date and its labelled mentions.</summary>
/// <param name="Id">Gold id, e.g. <c>g07</c>.</param>
/// <param name="Text">The text as the pipeline sees it (after reading the file, for file documents).</param>
/// <param name="Day">The document date the links are judged at.</param>
/// <param name="Mentions">Gold mentions in text order.</param>
public sealed record LinkGoldDocument(string Id, string Text, DateOnly Day, ImmutableArray<LinkGoldMention> Mentions);
