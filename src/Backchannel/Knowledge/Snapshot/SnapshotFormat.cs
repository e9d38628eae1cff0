namespace Backchannel.Knowledge.Snapshot;

/// <summary>
/// The layout of <c>kb.snapshot</c>, the record in binary with its indexes, little-endian:
/// <code>
/// header   "BCKBSNAP", int32 format version, 16-byte id of the engine build that wrote it (the indexes depend on its
///          name keys), SHA-256 of the source KB file, SHA-256 of the payload, int64 payload length
/// payload  sections, each an int32 element count then the elements (int32s, or UTF-16 chars padded to 4 bytes):
///          string offsets, string chars, entity offsets, entity data, entity indexes sorted by id, then for each
///          index in <see cref="Indexes"/> its keys (string numbers, sorted ordinally), item starts and items
/// </code>
/// An entity's data is its id, schema, property count, then per property its name, value count and values (all
/// string numbers). Strings are stored once each.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The first eight bytes of every snapshot.</summary>
    public static ReadOnlySpan<byte> Magic => "BCKBSNAP"u8;

    /// <summary>Raised whenever the layout or the meaning of a stored index changes.</summary>
    public const int Version = 1;

    /// <summary>Magic, version, build id, source hash, payload hash, payload length.</summary>
    public const int HeaderLength = 8 + 4 + 16 + 32 + 32 + 8;

    /// <summary>The stored indexes, in file order, with the number of ints per item.</summary>
    public static readonly (string Name, int Width)[] Indexes =
    [
        ("exact names", 4), // entity id, name, kind (strings), alias entity (index or -1)
        ("loose names", 4),
        ("surnames", 1), // entity id (string)
        ("terms by holder", 1), // entity index
        ("terms by post", 1),
        ("sanctions", 1),
        ("relations", 1),
        ("aliases", 1),
        ("schemas", 1),
    ];
}
