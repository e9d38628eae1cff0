namespace Backchannel.Linking;

/// <summary>
/// What a title's sentence says about when it speaks (issue 16): the earlier time it names ("in 1994", "in March
/// 2019"). A title is checked at the time its sentence is about.
/// </summary>
/// <param name="From">First day of the earlier time the sentence names, or null.</param>
/// <param name="To">Last day of that time.</param>
/// <param name="When">The time as written, for the check's reason.</param>
/// <param name="Past">The sentence tells of the past ("defeated Prime Minister X at the polls"): its title may be the
/// one held at a time shortly before the document's date.</param>
internal readonly record struct TitleContext(DateOnly? From, DateOnly To, string? When, bool Past = false)
{
    /// <summary>A sentence that says nothing about its time.</summary>
    public static TitleContext None => default;
}
