using System.Collections.Immutable;
using Backchannel.Dates;
using Backchannel.Entities;
using Backchannel.Linking;
using Backchannel.Numbers;

namespace Backchannel.Corpus;

/// <summary>The layers <c>analyze</c> keeps in the store. Each stage appends its exporter here as it lands.</summary>
public static class DefaultExporters
{
    /// <summary>Builds the default exporter list.</summary>
    public static ImmutableArray<IAnnotationExporter> Create() => [new EntityExporter(), new TimexExporter(), new QuantityExporter(), new LinkExporter()];
}
