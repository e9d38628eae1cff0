using Backchannel.Storage;

namespace Backchannel.Tests.Storage;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("quota", "\"quota\"")]
    [InlineData("quota  season", "\"quota\" AND \"season\"")]
    [InlineData("orches*", "\"orches\"*")]
    [InlineData("say \"hi\"", "\"say\" AND \"\"\"hi\"\"\"")]
    [InlineData("a:b -x", "\"a:b\" AND \"-x\"")]
    [InlineData("NOT quota", "\"NOT\" AND \"quota\"")]
    [InlineData("( quota )", "\"quota\"")]
    public void Terms_become_quoted_strings_joined_by_AND(string query, string expected)
        => Assert.Equal(expected, FullTextQuery.Build(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" * ( - \" ")]
    public void A_query_without_letters_or_digits_builds_nothing(string? query)
        => Assert.Null(FullTextQuery.Build(query));
}
