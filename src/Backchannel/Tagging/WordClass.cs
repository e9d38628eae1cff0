namespace Backchannel.Tagging;

/// <summary>The four open word classes WordNet lists lemmas and inflection exceptions for.</summary>
public enum WordClass
{
    /// <summary>Nouns (index.noun, noun.exc).</summary>
    Noun = 0,

    /// <summary>Verbs (index.verb, verb.exc).</summary>
    Verb = 1,

    /// <summary>Adjectives (index.adj, adj.exc).</summary>
    Adjective = 2,

    /// <summary>Adverbs (index.adv, adv.exc).</summary>
    Adverb = 3,
}
