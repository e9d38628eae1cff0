using Backchannel.Storage;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Storage;

public sealed class DocumentStoreSearchTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DocumentStore _store;

    public DocumentStoreSearchTests()
    {
        _store = DocumentStore.Open(_temp.File("store.db"));
        _store.AddBatch(
        [
            SampleDocuments.Make(
                "The two fishing cooperatives agreed to negotiate a shared quota for the coming season. "
                + "Observers said the mood was calm, and a further meeting is planned after the harvest festival in the old town hall.",
                "coop.txt", "Cooperatives weigh quota plan"),
            SampleDocuments.Make(
                "Negotiations over the bridge toll collapsed. Negotiations may resume, and the negotiators for both councils "
                + "said negotiations would continue through the negotiation committee next month.",
                "toll.txt", "Bridge toll dispute"),
            SampleDocuments.Make(
                "The orchestra announced its winter programme, with three new pieces by local composers.",
                "music.txt", "Negotiations end with a concert"),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_stemmed_word_finds_other_forms_of_it()
    {
        var hits = _store.Search("negotiations");

        Assert.Contains(hits, h => h.Path == "coop.txt");
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public void Title_matches_rank_first()
    {
        var hits = _store.Search("negotiations");

        Assert.Equal("music.txt", hits[0].Path);
        Assert.Equal("Negotiations end with a concert", hits[0].Title);
        Assert.True(hits[0].Rank <= hits[1].Rank);
    }

    [Fact]
    public void Snippets_bracket_the_matched_words_and_mark_cut_text()
    {
        var hit = Assert.Single(_store.Search("harvest"));

        Assert.Contains("[harvest]", hit.Snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Split(' ').Length <= 26, hit.Snippet);
    }

    [Fact]
    public void All_terms_are_required()
    {
        Assert.Equal("coop.txt", Assert.Single(_store.Search("quota season")).Path);
        Assert.Empty(_store.Search("quota orchestra"));
    }

    [Fact]
    public void A_trailing_star_searches_by_prefix()
    {
        Assert.Equal("music.txt", Assert.Single(_store.Search("orches*")).Path);
        Assert.Empty(_store.Search("orches"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("quota (")]
    [InlineData("NOT")]
    [InlineData("quota NOT")]
    [InlineData("a:b")]
    [InlineData("title:quota")]
    [InlineData("-x")]
    [InlineData("*")]
    [InlineData("quota OR")]
    [InlineData("NEAR(quota season)")]
    [InlineData("\"unbalanced quota")]
    [InlineData("^quota")]
    [InlineData("{title text}: quota")]
    public void Hostile_queries_do_not_throw(string query)
    {
        var hits = _store.Search(query);

        Assert.All(hits, h => Assert.NotNull(h.Id));
    }

    [Fact]
    public void Operator_words_are_searched_as_plain_words()
    {
        // "quota OR orchestra" would match two documents if OR were an operator; as words, none contain "or".
        Assert.Empty(_store.Search("quota OR orchestra"));
        Assert.Equal("coop.txt", Assert.Single(_store.Search("shared:quota")).Path);
        Assert.Empty(_store.Search("title:quota"));
        Assert.Equal("coop.txt", Assert.Single(_store.Search("\"quota\" (season")).Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("( ) - * \"")]
    public void A_query_without_searchable_words_returns_nothing(string query)
        => Assert.Empty(_store.Search(query));

    [Fact]
    public void The_limit_caps_the_number_of_hits()
    {
        Assert.Single(_store.Search("negotiations", limit: 1));
        Assert.Empty(_store.Search("negotiations", limit: 0));
    }
}
