namespace Backchannel.Errors;

/// <summary>An exception that carries a coded <see cref="BackchannelError"/> to the user.</summary>
public sealed class BackchannelException : Exception
{
    /// <summary>Creates the exception from an error.</summary>
    public BackchannelException(BackchannelError error, Exception? inner = null)
        : base(error.ToString(), inner) => Error = error;

    /// <summary>The coded error.</summary>
    public BackchannelError Error { get; }
}
