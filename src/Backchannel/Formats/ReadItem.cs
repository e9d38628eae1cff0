using System.Collections.Immutable;
using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Formats;

/// <summary>
/// One outcome of reading: a document (possibly with warnings, such as replaced bytes), or only problems
/// (a file that could not be read at all). Feeds and JSONL files yield one item per article.
/// </summary>
/// <param name="Path">The input path (with <c>#n</c> for the n-th item of a multi-article file).</param>
/// <param name="Document">The document, or null when nothing could be read.</param>
/// <param name="Problems">Errors and warnings about this input.</param>
public sealed record ReadItem(string Path, Document? Document, ImmutableArray<BackchannelError> Problems);
