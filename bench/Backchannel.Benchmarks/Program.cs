using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Backchannel.Benchmarks -- [--filter *] [-- text-file]
// Set BACKCHANNEL_BENCH_TEXT to a UTF-8 file to time that text instead of the generated one.
BenchmarkSwitcher.FromAssembly(typeof(Backchannel.Benchmarks.TokenizerBenchmarks).Assembly).Run(args);
