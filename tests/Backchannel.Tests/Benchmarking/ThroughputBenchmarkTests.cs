using Backchannel.Benchmarking;

namespace Backchannel.Tests.Benchmarking;

public sealed class ThroughputBenchmarkTests
{
    [Fact]
    public void Corpus_size_is_counted_in_utf8_bytes()
    {
        var benchmark = new ThroughputBenchmark(["abc", "\u00E9\u4E2D"]);

        Assert.Equal(2, benchmark.Documents);
        Assert.Equal(3 + 2 + 3, benchmark.Utf8Bytes);
    }

    [Fact]
    public void Warm_up_plus_each_repeat_runs_the_stage_over_every_text()
    {
        var calls = 0;
        var seen = new List<int>();
        var result = new ThroughputBenchmark(["one two", "three"]) { MinimumWarmup = TimeSpan.Zero }.Run(
            text =>
            {
                calls++;
                return text.Split(' ').Length;
            },
            repeats: 3,
            onRepeat: r => seen.Add(r.Index));

        Assert.Equal(2 * (1 + 3), calls);
        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(3, result.Tokens);
        Assert.All(result.Repeats, r => Assert.Equal(3, r.Tokens));
        Assert.All(result.Repeats, r => Assert.True(r.TokensPerSecond > 0 && r.MegabytesPerSecond > 0));
        Assert.InRange(result.MedianTokensPerSecond, result.Repeats.Min(r => r.TokensPerSecond), result.Repeats.Max(r => r.TokensPerSecond));
    }

    [Fact]
    public void A_slow_first_pass_does_not_use_up_the_warm_up()
    {
        // The first pass stands for a one-time load longer than the whole warm-up; later passes are quick.
        var calls = 0;
        new ThroughputBenchmark(["x"]) { MinimumWarmup = TimeSpan.FromMilliseconds(50) }.Run(
            _ =>
            {
                Thread.Sleep(++calls == 1 ? 200 : 1);
                return 1;
            },
            repeats: 1);

        // The first pass, at least one warm-up pass after it, and the one timed pass. Counting the first pass in the
        // warm-up gave 2: the first pass, already past the warm-up, then the timed one.
        Assert.True(calls >= 3, $"{calls} calls: the warm-up stopped with the slow first pass");
    }

    [Fact]
    public void Compare_warms_both_stages_then_alternates_which_runs_first()
    {
        var order = new List<char>();
        var pairs = new ThroughputBenchmark(["x"]) { MinimumWarmup = TimeSpan.Zero }.Compare(
            _ =>
            {
                order.Add('b');
                return 1;
            },
            _ =>
            {
                order.Add('s');
                Thread.Sleep(20);
                return 1;
            },
            repeats: 4);

        // One warm-up pass each, then pairs in the order b s, s b, b s, s b.
        Assert.Equal("bsbssbbssb", new string([.. order]));
        Assert.Equal(4, pairs.Count);

        // Each pair keeps its sides apart whichever ran first: the sleeping stage is always the slower one.
        Assert.All(pairs, p => Assert.True(p.Stage > p.Baseline, $"{p.Stage} vs {p.Baseline}"));
    }

    [Fact]
    public void Fewer_than_one_repeat_is_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ThroughputBenchmark(["x"]).Run(_ => 1, repeats: 0));

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { -6.1, 20.1 }, 7.0)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_middle_two(double[] values, double median) =>
        Assert.Equal(median, ThroughputBenchmark.Median(values), 10);
}
