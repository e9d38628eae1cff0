namespace Backchannel.Storage.Migrations;

/// <summary>The store's schema is newer than this build; turned into BC3002 by <see cref="DocumentStore.Open(string)"/>.</summary>
internal sealed class StoreTooNewException(int storeVersion, int knownVersion)
    : Exception($"Store schema version {storeVersion} is newer than this build knows ({knownVersion}).")
{
    public int StoreVersion { get; } = storeVersion;

    public int KnownVersion { get; } = knownVersion;
}
