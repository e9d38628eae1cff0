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

    // Verbs and nouns of speaking and writing: what makes an attribution a statement someone made, as opposed to a
    // stance, a belief or a finding ("X backed Y", "X fears", "the poll showed"), which PolNeAR annotates too and
    // the model learns from, but which a reader of "who said what" must not be shown as a quote.
    private static readonly FrozenSet<string> s_speech = new[]
    {
        "say", "tell", "warn", "argue", "insist", "add", "note", "claim", "state", "explain", "write", "announce",
        "declare", "ask", "reply", "respond", "answer", "suggest", "accuse", "call", "deny", "acknowledge", "admit",
        "report", "predict", "urge", "stress", "emphasize", "emphasise", "promise", "vow", "pledge", "threaten",
        "confirm", "recall", "describe", "criticize", "criticise", "praise", "complain", "tweet", "post", "reveal",
        "conclude", "testify", "contend", "maintain", "assert", "concede", "counter", "quip", "joke", "speak", "remark",
        "observe", "allege", "charge", "demand", "propose", "recommend", "caution", "assure", "reiterate", "repeat",
        "comment", "mention", "boast", "brag", "lament", "decry", "condemn", "denounce", "dismiss", "welcome", "hail",
        "blast", "slam", "defend", "characterize", "characterise", "label", "dub", "advise", "inform", "disclose",
        "cite", "quote", "affirm", "reaffirm", "proclaim", "pronounce", "shout", "exclaim", "recount", "confide",
        "confess", "protest", "object", "retort", "rebut", "dispute", "contradict", "clarify", "elaborate",
        "underline", "underscore", "statement", "interview", "remark", "spokesman", "spokeswoman", "spokesperson",
        "according", "accord",
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

    /// <summary>True for a lemma of speaking or writing ("say", "warn", "statement"): a cue that makes a statement.</summary>
    public static bool IsSpeech(string lemma) => s_speech.Contains(lemma);

    /// <summary>True for the first word of "according to" (the caller checks the next word).</summary>
    public static bool IsAccordingTo(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        word.Equals("according", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase);
}
