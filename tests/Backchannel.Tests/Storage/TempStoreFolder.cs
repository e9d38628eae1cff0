namespace Backchannel.Tests.Storage;

/// <summary>A fresh folder per test for store files, deleted afterwards (which fails if a store left its file open).</summary>
internal sealed class TempStoreFolder : IDisposable
{
    public TempStoreFolder()
    {
        Folder = Directory.CreateTempSubdirectory("bc-store-").FullName;
    }

    public string Folder { get; }

    public string StorePath => Path.Combine(Folder, "store.db");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
