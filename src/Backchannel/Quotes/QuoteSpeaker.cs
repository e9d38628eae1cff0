namespace Backchannel.Quotes;

/// <summary>
/// Who a quote is attributed to, as written in the text (<see cref="Text"/>, <see cref="Start"/>, <see cref="End"/>),
/// plus what we could resolve: <see cref="Name"/> is the full name a pronoun or a bare surname refers to (only when an
/// earlier person mention supports it). An unnamed source ("a senior official, speaking on condition of anonymity")
/// is <see cref="Anonymous"/>, with the words that describe it in <see cref="Description"/>.
/// </summary>
/// <param name="Text">The speaker span as written.</param>
/// <param name="Start">Start offset of the span.</param>
/// <param name="End">End offset of the span.</param>
/// <param name="Anonymous">True for an unnamed source.</param>
/// <param name="Description">How an anonymous source is described; null otherwise.</param>
/// <param name="Name">The resolved full name (for pronouns and surnames), or null when none is supported.</param>
public sealed record QuoteSpeaker(string Text, int Start, int End, bool Anonymous, string? Description = null, string? Name = null);
