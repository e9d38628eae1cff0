using Backchannel.Errors;

namespace Backchannel.Learning;

/// <summary>
/// Finds the model files that ship with the tool. The repository's <c>models/</c> folder is copied next to the
/// binaries at build time, so a fresh clone works offline from any working directory.
/// <c>BACKCHANNEL_MODELS</c> points elsewhere (e.g. to try a freshly trained model).
/// </summary>
public static class ModelLocator
{
    /// <summary>The folder models are read from.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("BACKCHANNEL_MODELS") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Full path of a shipped model; throws <see cref="ErrorCode.BadModel"/> when it is missing.</summary>
    public static string Require(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path)
            ? path
            : throw new BackchannelException(new BackchannelError(
                ErrorCode.BadModel,
                "A model file the pipeline needs is missing.",
                path,
                "Rebuild the project (models/ is copied next to the binaries), or train it with 'backchannel train'."));
    }
}
