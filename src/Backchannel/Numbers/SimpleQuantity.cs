namespace Backchannel.Numbers;

/// <summary>One number with its currency, percent sign or unit: a quantity before qualifiers and ranges.</summary>
internal struct SimpleQuantity
{
    internal int Start;
    internal int End;
    internal QuantityKind Kind;
    internal double Value;

    /// <summary>Scale applied by a word or suffix (1 when none), shared with the lower end of a range.</summary>
    internal double Scale;

    /// <summary>Currency factor (0.01 for cents), shared with the lower end of a range.</summary>
    internal double Factor;

    internal string? Unit;
    internal string? Qualifier;

    /// <summary>The core as read, for the year, day and ID rules.</summary>
    internal NumberCore Core;

    /// <summary>True when nothing but bare digits was read (no currency, unit, percent or scale).</summary>
    internal readonly bool IsBare => Core.Plain && Unit is null && Kind == QuantityKind.Cardinal && End == Core.End && Start == Core.Start;
}
