namespace Backchannel.Dates.Evaluation;

/// <summary>
/// Counts for one TIMEX3 type (or all): extents found exactly (strict) or overlapping (relaxed), and how many of the
/// gold timexes that a system timex overlaps got the right type and value. Gold-side counts use the gold type,
/// system-side counts the system type.
/// </summary>
public sealed class TimexCounts
{
    /// <summary>Gold timexes.</summary>
    public int Gold { get; internal set; }

    /// <summary>System timexes.</summary>
    public int System { get; internal set; }

    /// <summary>Gold timexes with a system timex of exactly the same extent.</summary>
    public int StrictGold { get; internal set; }

    /// <summary>System timexes with a gold timex of exactly the same extent.</summary>
    public int StrictSystem { get; internal set; }

    /// <summary>Gold timexes some system timex overlaps (these are the "matched" gold timexes).</summary>
    public int RelaxedGold { get; internal set; }

    /// <summary>System timexes that overlap some gold timex.</summary>
    public int RelaxedSystem { get; internal set; }

    /// <summary>Matched gold timexes whose paired system timex has the same type and the same value.</summary>
    public int TypeAndValueCorrect { get; internal set; }

    /// <summary>Matched gold timexes whose paired system timex has the same value (type ignored, as TempEval-3 scores value).</summary>
    public int ValueCorrect { get; internal set; }

    /// <summary>Matched gold timexes whose paired system timex has the same type.</summary>
    public int TypeCorrect { get; internal set; }

    /// <summary>Strict precision, percent.</summary>
    public double StrictPrecision => Percent(StrictSystem, System);

    /// <summary>Strict recall, percent.</summary>
    public double StrictRecall => Percent(StrictGold, Gold);

    /// <summary>Strict F1, percent.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Relaxed (overlap) precision, percent.</summary>
    public double RelaxedPrecision => Percent(RelaxedSystem, System);

    /// <summary>Relaxed (overlap) recall, percent.</summary>
    public double RelaxedRecall => Percent(RelaxedGold, Gold);

    /// <summary>Relaxed (overlap) F1, percent.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Value accuracy: type and value right, over matched gold timexes, percent.</summary>
    public double ValueAccuracy => Percent(TypeAndValueCorrect, RelaxedGold);

    /// <summary>Value right whatever the type, over matched gold timexes, percent.</summary>
    public double ValueOnlyAccuracy => Percent(ValueCorrect, RelaxedGold);

    /// <summary>Type right, over matched gold timexes, percent.</summary>
    public double TypeAccuracy => Percent(TypeCorrect, RelaxedGold);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
