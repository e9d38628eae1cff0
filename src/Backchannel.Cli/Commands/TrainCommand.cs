using System.CommandLine;

namespace Backchannel.Cli.Commands;

/// <summary><c>backchannel train …</c>: reproducible training of the shipped models from public data.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train a model from public data (reproducible for a seed).")
    {
        Train.TrainPosCommand.Create(),
        Train.TrainChunkCommand.Create(),
        Train.TrainLemmasCommand.Create(),
        Train.TrainNerCommand.Create(),
        Train.TrainClustersCommand.Create(),
        Train.TrainQuotesCommand.Create(),
    };
}
