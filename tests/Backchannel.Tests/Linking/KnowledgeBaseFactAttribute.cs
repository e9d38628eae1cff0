using Backchannel.Linking;
using Backchannel.Learning;

namespace Backchannel.Tests.Linking;

/// <summary>A fact that reports itself skipped (not passed) when the shipped knowledge base has not been built.</summary>
internal sealed class KnowledgeBaseFactAttribute : FactAttribute
{
    public KnowledgeBaseFactAttribute()
    {
        if (!File.Exists(Path.Combine(ModelLocator.Folder, ShippedKnowledgeBase.FileName)))
        {
            Skip = $"{ShippedKnowledgeBase.FileName} is not in {ModelLocator.Folder}: build it with 'backchannel kb build'.";
        }
    }
}
