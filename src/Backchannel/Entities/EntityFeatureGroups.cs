namespace Backchannel.Entities;

/// <summary>Groups of features the recognizer can use; a model records the groups it was trained with.</summary>
[Flags]
public enum EntityFeatureGroups
{
    /// <summary>Only the local word, affix, shape, capitalisation and context-word features.</summary>
    None = 0,

    /// <summary>Word-cluster ids of the word and its neighbours at several granularities.</summary>
    Clusters = 1,

    /// <summary>Gazetteer membership with B/I/L/U position, per list.</summary>
    Gazetteers = 2,

    /// <summary>Label-free document context: how the same word is capitalised elsewhere in the document.</summary>
    DocumentContext = 4,

    /// <summary>A second model that also sees the first model's labels of the same word elsewhere in the document.</summary>
    SecondStage = 8,

    /// <summary>Everything.</summary>
    All = Clusters | Gazetteers | DocumentContext | SecondStage,
}
