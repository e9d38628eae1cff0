using Backchannel.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
