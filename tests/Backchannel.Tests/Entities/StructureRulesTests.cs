using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Pipeline;
using Backchannel.Text;
using Backchannel.Tests.Formats;

namespace Backchannel.Tests.Entities;

/// <summary>
/// The shipped recognizer on documents read by the real readers, so their structure (headings, bylines, datelines,
/// reference lists) reaches it. Every text here is written for the test.
/// </summary>
public sealed class StructureRulesTests
{
    private static readonly Backchannel.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseTokenizer().UseEntities().Build();

    private static List<(string Text, string Label)> Entities(string name, string content)
    {
        var document = Pipeline.Process(Read.One(name, content));
        return [.. document.Get(EntityLayers.Entities).Select(e => (document.Text[e.Start..e.End], e.Label))];
    }

    private static List<(string Text, string Label)> EntitiesWithoutStructure(string name, string content)
    {
        var read = Read.One(name, content);
        var document = Pipeline.Process(new Document(read.Text, read.Metadata));
        return [.. document.Get(EntityLayers.Entities).Select(e => (document.Text[e.Start..e.End], e.Label))];
    }

    private const string Paper = """
        Harbour Envoys and the Politics of Quiet Talks
        Abstract
        This note follows the envoys Lena Vogel and Tomas Berg through two years of talks about the northern harbour.
        - Sources and Provenance
        We read what Lena Vogel told reporters in Oslo and what the harbour board published afterwards.
        - Use of Force and Its Limits
        Neither side threatened force, and Tomas Berg said so more than once.
        FAQ
        Q: Who led the talks?
        A: Lena Vogel led them for the northern side.
        """;

    [Fact]
    public void A_heading_word_is_not_an_organisation()
    {
        var entities = Entities("paper.txt", Paper);

        Assert.DoesNotContain(entities, e => e.Text.Contains("Provenance", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Text.Contains("Force", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Text == "FAQ");
        Assert.DoesNotContain(entities, e => e.Text == "Abstract");
        Assert.Contains(("Lena Vogel", "PER"), entities);
        Assert.Contains(("Tomas Berg", "PER"), entities);
    }

    [Fact]
    public void Without_the_readers_structure_the_same_headings_do_yield_entities()
    {
        // The counterpart of the test above: the headings are what the structure rules take care of.
        var entities = EntitiesWithoutStructure("paper.txt", Paper);

        Assert.Contains(entities, e => e.Text.Contains("Provenance", StringComparison.Ordinal)
            || e.Text.Contains("Force", StringComparison.Ordinal) || e.Text is "FAQ" or "Abstract");
    }

    [Fact]
    public void A_name_in_a_heading_that_the_body_names_stays_with_the_bodys_type()
    {
        var entities = Entities("story.md", """
            # Vogel Returns to Oslo

            Lena Vogel flew back to Oslo on Monday to resume the harbour talks. Vogel said little on arrival.
            """);

        Assert.Contains(("Vogel", "PER"), entities.Take(2));
        Assert.Contains(entities, e => e is ("Oslo", "GPE" or "LOC"));
        Assert.Equal(2, entities.Count(e => e.Text == "Oslo"));
    }

    [Fact]
    public void A_byline_gives_its_author_as_a_person_and_its_outlet_as_an_organisation()
    {
        var entities = Entities("wire.txt", """
            Envoys meet at the lakeside hotel
            By Ilse Marten, Alpine Ledger

            The two envoys met on Friday, a spokesman for the harbour board said.
            """);

        Assert.Contains(("Ilse Marten", "PER"), entities);
        Assert.Contains(("Alpine Ledger", "ORG"), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains("Ledger", StringComparison.Ordinal) && e.Label == "PER");
    }

    [Theory]
    [InlineData("OSLO, Norway (Harbour Wire) — The two envoys met on Friday.", "OSLO", "Norway", "Harbour Wire")]
    [InlineData("LAKETOWN, Estland — The two envoys met on Friday.", "LAKETOWN", "Estland", null)]
    [InlineData("WASHINGTON (Reuters) - The two envoys met on Friday.", "WASHINGTON", null, "Reuters")]
    public void An_all_caps_dateline_is_a_place_and_its_outlet_an_organisation(string opening, string place, string? region, string? outlet)
    {
        var entities = Entities("story.txt", "Envoys meet\n\n" + opening + "\n");

        Assert.Contains(entities, e => e.Text == place && e.Label is "LOC" or "GPE");
        if (region is not null)
        {
            Assert.Contains(entities, e => e.Text == region && e.Label is "LOC" or "GPE");
        }

        if (outlet is not null)
        {
            Assert.Contains((outlet, "ORG"), entities);
        }
    }

    [Fact]
    public void A_reference_entry_yields_its_authors_and_no_cited_title()
    {
        var entities = Entities("paper.md", """
            # Quiet harbours

            The argument follows Halvorsen and Okafor.

            ## References

            - Halvorsen, K. (2019). Quiet Harbours: The Hidden Web of Port Diplomacy. Northfield Press.
            - Okafor, T., & Lindqvist, M. (2021). Why the Harbour War Will Not End Soon. Maritime Review.
            """);

        // The reference list starts at the second "Halvorsen" (the body's two names may take any type).
        var firstReference = entities.FindIndex(entities.FindIndex(e => e.Text == "Halvorsen") + 1, e => e.Text == "Halvorsen");
        var references = entities.Skip(firstReference).ToList();
        Assert.Contains(("Halvorsen", "PER"), references);
        Assert.Contains(("Okafor", "PER"), references);
        Assert.Contains(("Lindqvist", "PER"), references);
        Assert.All(references, e => Assert.Equal("PER", e.Label));
        Assert.DoesNotContain(references, e => e.Text.Contains("Hidden", StringComparison.Ordinal) || e.Text.Contains("Harbour War", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_from_the_record_gazetteer_is_a_person()
    {
        // The record's people list holds this name; an organisation-like context must not win over it.
        var lists = GazetteerLists.Load().Lookup(Words("Kirill Dmitriev"));
        Assert.NotEqual(0, lists & (1 << (int)GazetteerType.RecordPerson));

        var entities = Entities("item.txt", """
            Envoys hold talks in the mountains
            The two envoys met Kirill Dmitriev on Tuesday on the sidelines of the forum to talk about a settlement.
            """);

        Assert.Contains(("Kirill Dmitriev", "PER"), entities);
    }

    [Fact]
    public void The_record_gazetteer_keeps_people_and_distinctive_organisations_and_drops_common_words()
    {
        var gazetteer = GazetteerLists.Load();
        Assert.NotEqual(0, gazetteer.Lookup(Words("Steve Witkoff")) & (1 << (int)GazetteerType.RecordPerson));
        Assert.NotEqual(0, gazetteer.Lookup(Words("Russian Direct Investment Fund")) & (1 << (int)GazetteerType.RecordOrganisation));
        Assert.Equal(0, gazetteer.Lookup(Words("Broken Tooth")) & (1 << (int)GazetteerType.RecordPerson));
        Assert.Equal(0, gazetteer.Lookup(Words("Bush Administration")) & (1 << (int)GazetteerType.RecordPerson));
    }

    private static ulong[] Words(string name) => [.. name.Split(' ').Select(w => Gazetteer.TokenHash(w))];
}
