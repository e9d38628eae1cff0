using Backchannel.Corpus;

namespace Backchannel.Reporting;

/// <summary>Everything a report section may draw on.</summary>
/// <param name="Corpus">The whole store at report time.</param>
/// <param name="Run">The run that preceded the report.</param>
/// <param name="ToolVersion">Backchannel's version, recorded in the outputs.</param>
public sealed record ReportContext(CorpusSnapshot Corpus, RunSummary Run, string ToolVersion);
