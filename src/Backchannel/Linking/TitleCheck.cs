namespace Backchannel.Linking;

/// <summary>The outcome of comparing a title with the record.</summary>
/// <param name="Agreement">Agrees, disagrees, unclear, or none (no term on record for the title).</param>
/// <param name="PositionId">The post compared against.</param>
/// <param name="Detail">The record's words ("term ended 2024-09-05"), or null.</param>
/// <param name="Term">The term the verdict rests on (its citation backs the check), when there is one.</param>
internal readonly record struct TitleCheck(TitleAgreement Agreement, string? PositionId, string? Detail, Backchannel.Knowledge.Model.Occupancy? Term = null)
{
    public static TitleCheck None { get; } = new(TitleAgreement.None, null, null);

    /// <summary>How much a candidate who passes this check is preferred over one who does not.</summary>
    public double Prior => Agreement switch
    {
        TitleAgreement.Agrees => 2,
        TitleAgreement.Unclear => 1,
        TitleAgreement.Disagrees => 0.5,
        _ => 0,
    };
}
