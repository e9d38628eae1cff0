using Backchannel.Knowledge.Files;

namespace Backchannel.Knowledge.Import;

/// <summary>Imports FollowTheMoney JSON lines (plain or gzip'd), e.g. an OpenSanctions export or our own KB.</summary>
public sealed class FtmJsonLinesImporter : IKbImporter
{
    /// <inheritdoc />
    public string Format => "ftm";

    /// <inheritdoc />
    public string Description => "FollowTheMoney entities, one JSON object per line (.jsonl or .jsonl.gz)";

    /// <inheritdoc />
    public ImportResult Import(ImportSource source) => FtmJsonLines.Read(source);
}
