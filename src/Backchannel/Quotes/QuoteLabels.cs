using System.Collections.Immutable;

namespace Backchannel.Quotes;

/// <summary>
/// The tag set of the quote model: BIO over PolNeAR's three roles. Source (who), cue (the reporting verb or phrase)
/// and content (what was said). BIO, not BILOU: the spans are long (a content averages ~20 tokens), so the extra end
/// labels buy little and cost a wider transition table.
/// </summary>
public static class QuoteLabels
{
    /// <summary>Outside every role.</summary>
    public const int Outside = 0;

    /// <summary>Role of a label: 0 none, 1 source, 2 cue, 3 content.</summary>
    public const int Source = 1;

    /// <summary>The cue role.</summary>
    public const int Cue = 2;

    /// <summary>The content role.</summary>
    public const int Content = 3;

    /// <summary>Label names in model order; index = <c>role * 2 - 1</c> for B-, <c>role * 2</c> for I-.</summary>
    public static readonly ImmutableArray<string> All = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

    /// <summary>The B- label of a role.</summary>
    public static int Begin(int role) => (role * 2) - 1;

    /// <summary>The I- label of a role.</summary>
    public static int Inside(int role) => role * 2;

    /// <summary>The role of a label index.</summary>
    public static int RoleOf(int label) => (label + 1) / 2;

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;
}
