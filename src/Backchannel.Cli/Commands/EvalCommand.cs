using System.CommandLine;
using Backchannel.Cli.Commands.Eval;

namespace Backchannel.Cli.Commands;

/// <summary><c>backchannel eval …</c>: scores a shipped model on annotated data; the last line is the headline figure.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Evaluate a component on annotated data.")
    {
        EvalPosCommand.Create(),
        EvalChunkCommand.Create(),
        EvalNumbersCommand.Create(),
        EvalDatesCommand.Create(),
        EvalDocDateCommand.Create(),
        EvalNerCommand.Create(),
        EvalLinkCommand.Create(),
        EvalQuotesCommand.Create(),
    };
}
