namespace Backchannel.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind : byte
{
    /// <summary>Verbatim: every word of the content stands inside quotation marks.</summary>
    Direct = 0,

    /// <summary>Paraphrase with some words quoted verbatim (criticised the "bypassing of parliament").</summary>
    Partial = 1,

    /// <summary>Reported speech with no quotation marks ("X said that ...", "according to X, ...").</summary>
    Indirect = 2,
}
