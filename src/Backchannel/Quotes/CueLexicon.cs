using System.Collections.Frozen;

namespace Backchannel.Quotes;

/// <summary>
/// Lemmas that introduce reported speech or a reported stance (the cue of an attribution). Written by hand from the
/// usual verbs of news reporting; the model reads membership as a feature, so a missing verb costs a little recall,
/// not a rule. "according to" is a two-word cue and is checked apart (<see cref="IsAccordingTo"/>).
/// </summary>
public static class CueLexicon
{
    private static readonly FrozenSet<string> s_verbs = new[]
    {
        "say", "tell", "warn", "argue", "insist", "add", "note", "claim", "state", "explain", "write", "announce",
        "declare", "ask", "reply", "respond", "answer", "suggest", "believe", "think", "accuse", "call", "deny",
        "acknowledge", "admit", "agree", "report", "predict", "urge", "stress", "emphasize", "emphasise", "promise",
        "vow", "pledge", "threaten", "confirm", "recall", "describe", "criticize", "criticise", "praise", "complain",
        "tweet", "post", "reveal", "indicate", "estimate", "conclude", "testify", "contend", "maintain", "assert",
        "concede", "counter", "quip", "joke", "speak", "remark", "observe", "point", "question", "wonder", "hope",
        "fear", "expect", "allege", "charge", "demand", "propose", "recommend", "caution", "assure", "reiterate",
        "repeat", "comment", "mention", "boast", "brag", "lament", "decry", "condemn", "denounce", "dismiss", "reject",
        "welcome", "hail", "blast", "slam", "attack", "defend", "describe", "characterize", "label", "dub", "term",
        "order", "instruct", "advise", "inform", "notify", "disclose", "publish", "cite", "quote", "signal", "hint",
        "imply", "show", "find", "learn", "know", "feel", "worry", "doubt", "fret", "acknowledge", "underline",
        "underscore", "highlight", "reaffirm", "affirm", "proclaim", "pronounce", "shout", "chant", "yell", "scream",
        "whisper", "mutter", "exclaim", "recount", "relate", "confide", "confess", "protest", "object", "retort",
        "rebut", "dispute", "contradict", "challenge", "clarify", "elaborate", "summarize", "forecast", "project",
        "calculate", "survey", "poll", "statement", "interview", "remarks", "spokesman", "spokeswoman", "spokesperson",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Stances PolNeAR annotates as attributions ("X backed Y", "X wants ..."): cues of the model, but not statements.
    private static readonly FrozenSet<string> s_stances = new[]
    {
        "support", "back", "endorse", "want", "plan", "oppose", "favor", "favour", "vote", "decline", "refuse", "intend",
        "seek", "aim", "prefer", "like", "love", "hate", "dislike", "consider", "view", "see", "regard", "decide",
        "choose", "reject", "accept", "approve", "disapprove", "embrace", "champion", "push", "press", "target",
        "suspect", "assume", "imagine", "recognize", "recognise", "realize", "realise", "understand", "remember",
        "forget", "share", "insist", "appear", "seem", "sound", "look", "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="lemma"/> (lowercase) is a lemma that reports speech or writing.</summary>
    public static bool Contains(string lemma) => s_verbs.Contains(lemma);

    /// <summary>True when <paramref name="lemma"/> (lowercase) reports a stance or intention rather than speech.</summary>
    public static bool IsStance(string lemma) => s_stances.Contains(lemma);

    /// <summary>True for the first word of "according to" (the caller checks the next word).</summary>
    public static bool IsAccordingTo(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        word.Equals("according", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase);
}
