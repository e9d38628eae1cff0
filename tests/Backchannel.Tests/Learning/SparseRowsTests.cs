using Backchannel.Learning;

namespace Backchannel.Tests.Learning;

public sealed class SparseRowsTests
{
    [Fact]
    public void Used_buckets_get_distinct_rows_in_bucket_order_and_unused_buckets_share_row_zero()
    {
        // 256 buckets with an irregular pattern that crosses 64-bucket words, including the first and last bucket.
        var used = new bool[256];
        foreach (var b in new[] { 0, 1, 63, 64, 100, 127, 128, 200, 255 })
        {
            used[b] = true;
        }

        var map = new SparseRows(used);

        Assert.Equal(10, map.Rows);
        var expected = 1;
        for (var bucket = 0; bucket < used.Length; bucket++)
        {
            Assert.Equal(used[bucket] ? expected++ : 0, map.Row(bucket));
        }
    }

    [Fact]
    public void Buckets_are_masked_to_the_table_size() =>
        Assert.Equal(new SparseRows(new[] { false, true, false, false }).Row(1), new SparseRows(new[] { false, true, false, false }).Row(5));

    [Fact]
    public void A_bucket_count_that_is_not_a_power_of_two_is_refused() =>
        Assert.Throws<ArgumentException>(() => new SparseRows(new bool[6]));
}
