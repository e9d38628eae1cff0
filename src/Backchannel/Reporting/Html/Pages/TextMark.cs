namespace Backchannel.Reporting.Html.Pages;

/// <summary>A span of a document's text to wrap in an element on its page.</summary>
/// <param name="Start">First character (UTF-16 offset).</param>
/// <param name="End">One past the last.</param>
/// <param name="Rank">Which of two marks over the same span goes outside: lower is outer.</param>
/// <param name="Tag">Element name (a constant of ours).</param>
/// <param name="Class">CSS classes.</param>
/// <param name="Title">Tooltip (escaped), or null.</param>
/// <param name="Id">Element id, or null.</param>
/// <param name="Focusable">True for a link to an actor: it can be reached with the keyboard, and a click shows its reason.</param>
internal readonly record struct TextMark(int Start, int End, int Rank, string Tag, string Class, string? Title = null, string? Id = null, bool Focusable = false);
