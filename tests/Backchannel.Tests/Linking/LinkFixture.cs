using System.Globalization;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;
using Backchannel.Linking;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Tests.Knowledge;
using Backchannel.Text;

namespace Backchannel.Tests.Linking;

/// <summary>
/// The invented people of <see cref="KbFixture"/> plus a few more for linking: two people called Mark Dorn (one a US
/// special envoy), two Ukrainian presidents in turn, a fund known by a description, and an office known by "the
/// Lindenhaus". Mentions are given by hand so the tests exercise the linker, not the recogniser.
/// </summary>
internal static class LinkFixture
{
    public static KnowledgeBase Kb { get; } = KnowledgeBase.From(
    [
        .. KbFixture.Build().Entities,
        KbFixture.Person("bc:mark-dorn-us", "Mark Dorn", "us"),
        KbFixture.Person("bc:mark-dorn-gb", "Mark Dorn", "gb"),
        KbFixture.Person("bc:dmytro-koval", "Dmytro Koval", "ua"),
        KbFixture.Person("bc:anna-lys", "Anna Lys", "ua"),
        KbFixture.Position("us-special-envoy", "Special Envoy of the United States", "us", "special_envoy"),
        KbFixture.Position("ua-president", "President of Ukraine", "ua", "head_of_state"),
        KbFixture.Term("bc:mark-dorn-us", "us-special-envoy", "2025-02-01", null, "current"),
        KbFixture.Term("bc:anna-lys", "ua-president", "2014-06-07", "2019-05-20", "ended"),
        KbFixture.Term("bc:dmytro-koval", "ua-president", "2019-05-20", null, "current"),
        new KbEntityBuilder(Schemas.Organization, "bc:ua-reserve-fund").Add(Props.Name, "Ukrainian Strategic Reserve Fund").Add(Props.Country, "ua").Cite(KbFixture.Cited).Build(),
        new KbEntityBuilder(Schemas.NameAlias, "alias:ua-reserve-fund").Add(Props.Entity, "bc:ua-reserve-fund").Add(Props.Name, "Ukraine's reserve fund")
            .Add(Props.Kind, "description").Cite(KbFixture.Cited).Build(),
        new KbEntityBuilder(Schemas.PublicBody, "bc:ua-office").Add(Props.Name, "Office of the President of Ukraine").Add(Props.Alias, "the Lindenhaus")
            .Add(Props.Country, "ua").Cite(KbFixture.Cited).Build(),
    ]);

    private static readonly Backchannel.Pipeline.Pipeline Tagging = new PipelineBuilder().UseTokenizer().UseTagger().UseDates().Build();

    /// <summary>Links <paramref name="text"/> read on <paramref name="date"/>, with the given mentions ("text/LABEL", first occurrences in order).</summary>
    public static EntityLink[] Link(string text, string date, params string[] mentions) => Link(Kb, text, date, mentions);

    /// <summary>As <see cref="Link(string, string, string[])"/>, over another knowledge base.</summary>
    public static EntityLink[] Link(KnowledgeBase kb, string text, string date, params string[] mentions) =>
        Link(EntityLinker.For(kb), text, date, mentions);

    /// <summary>As <see cref="Link(string, string, string[])"/>, with a given linker.</summary>
    public static EntityLink[] Link(EntityLinker linker, string text, string date, params string[] mentions)
    {
        var document = Tagging.Process(new Document(text, new DocumentMetadata()));
        var found = new List<EntityMention>();
        var from = 0;
        foreach (var mention in mentions)
        {
            var slash = mention.LastIndexOf('/');
            var words = mention[..slash];
            var start = text.IndexOf(words, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{words}' not found after {from}");
            found.Add(new EntityMention(start, start + words.Length, mention[(slash + 1)..], 1f));
            from = start + words.Length;
        }

        return linker.Link(
            text,
            document.Get(TextLayers.Tokens).AsSpan(),
            document.Get(TextLayers.Sentences).AsSpan(),
            document.Get(TaggingLayers.Pos).AsSpan(),
            [.. found.OrderBy(m => m.Start)],
            Day(date),
            document.Get(DateLayers.Timexes).AsSpan());
    }

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>The link covering <paramref name="words"/> (its first occurrence at or after <paramref name="from"/>).</summary>
    public static EntityLink At(this EntityLink[] links, string text, string words, int from = 0)
    {
        var start = text.IndexOf(words, from, StringComparison.Ordinal);
        var end = start + words.Length;
        return Assert.Single(links, l => l.Start <= start && end <= l.End && l.End - l.Start <= words.Length + 40 && Overlaps(l, start, end));
    }

    private static bool Overlaps(EntityLink link, int start, int end) => link.Start < end && start < link.End;
}
