namespace Backchannel.Linking;

/// <summary>How a title written next to a name compares with the record on the document date.</summary>
public enum TitleAgreement
{
    /// <summary>No title next to the name, or the record holds no term for it.</summary>
    None,
    /// <summary>The record shows the person in that post as the title claims (or out of it, for "former").</summary>
    Agrees,
    /// <summary>The record contradicts the title: the term had ended, had not begun, or still runs for "former".</summary>
    Disagrees,
    /// <summary>The record cannot tell: a boundary known only to the month or year, or an unknown end.</summary>
    Unclear,
}
