using Backchannel.Dates;

namespace Backchannel.Tests.Dates;

/// <summary>Runs the recogniser on a sentence and shows each timex as "text|TYPE|value|mod" for compact assertions.</summary>
internal static class TimexAssert
{
    /// <summary>Wednesday 21 January 2026, the document date most tests use.</summary>
    public static readonly DateOnly Dct = new(2026, 1, 21);

    public static string[] Find(string text, DateOnly? dct)
        => [.. TimexRecognizer.Recognize(text, dct).Select(t => Show(text, t))];

    public static string[] Find(string text) => Find(text, Dct);

    public static string Show(string text, Timex timex)
        => $"{text[timex.Start..timex.End]}|{timex.TypeName}|{timex.Value}" + (timex.Mod is null ? "" : "|" + timex.Mod);

    /// <summary>The single timex of a sentence.</summary>
    public static string One(string text, DateOnly? dct = null) => Assert.Single(Find(text, dct ?? Dct));
}
