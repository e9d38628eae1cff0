using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Pipeline;
using Backchannel.Text;

namespace Backchannel.Tests.Entities;

/// <summary>The shipped model on hand-written sentences, through the real tokenizer and pipeline.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly Backchannel.Pipeline.Pipeline Pipeline = new PipelineBuilder().UseTokenizer().UseEntities().Build();

    private static List<(string Text, string Label)> Entities(string text)
    {
        var document = Pipeline.Process(new Document(text, new DocumentMetadata()));
        return [.. document.Get(EntityLayers.Entities).Select(e => (text[e.Start..e.End], e.Label))];
    }

    [Fact]
    public void Each_name_in_a_list_of_envoys_is_a_person()
    {
        var entities = Entities("Diplomats Ana Ruiz, Tomas Berg and Lena Vogel met in Vienna on Tuesday.");

        Assert.Contains(("Ana Ruiz", "PER"), entities);
        Assert.Contains(("Tomas Berg", "PER"), entities);
        Assert.Contains(("Lena Vogel", "PER"), entities);
        Assert.Contains(("Vienna", "GPE"), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_role_noun_before_a_list_of_names_is_not_part_of_the_first_name()
    {
        var entities = Entities("Envoys Marta Lind, Pavel Novak and Irene Sato met in Lisbon on Monday.");

        Assert.Contains(("Marta Lind", "PER"), entities);
        Assert.Contains(("Pavel Novak", "PER"), entities);
        Assert.Contains(("Irene Sato", "PER"), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains("Envoys", StringComparison.Ordinal));
    }

    [Fact]
    public void A_singular_role_noun_before_a_full_name_is_left_out_but_a_given_name_that_is_also_a_role_stays()
    {
        Assert.Contains(("Ana Ruiz", "PER"), Entities("Envoy Ana Ruiz arrived in Geneva on Sunday."));
        Assert.Contains(("Hunter Blake", "PER"), Entities("Hunter Blake said the talks would resume."));
    }

    [Fact]
    public void An_all_caps_dateline_before_a_dash_is_a_place_not_an_organisation()
    {
        var entities = Entities("GENEVA - Negotiators from both sides resumed talks on Tuesday.");

        Assert.Contains(("GENEVA", "GPE"), entities);
        Assert.DoesNotContain(entities, e => e.Label == "ORG");
    }

    [Fact]
    public void An_abbreviated_month_is_never_an_organisation()
    {
        var entities = Entities("The ceasefire began on Jan. 5 and the envoys met again in Feb. to review it.");

        Assert.DoesNotContain(entities, e => e.Text.StartsWith("Jan", StringComparison.Ordinal) || e.Text.StartsWith("Feb", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_is_left_out_of_the_person()
    {
        var entities = Entities("Trump's envoy arrived late.");

        Assert.Contains(("Trump", "PER"), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_before_a_name_is_not_part_of_the_person_and_the_nationality_is_norp()
    {
        var entities = Entities("German Chancellor Friedrich Merz spoke to reporters in Berlin.");

        Assert.Contains(("Friedrich Merz", "PER"), entities);
        Assert.Contains(("German", "NORP"), entities);
        Assert.Contains(("Berlin", "GPE"), entities);
    }

    [Fact]
    public void Nationality_plurals_are_norp()
    {
        var entities = Entities("Ukrainians and Russians both claimed the village, officials said.");

        Assert.Contains(("Ukrainians", "NORP"), entities);
        Assert.Contains(("Russians", "NORP"), entities);
    }

    [Fact]
    public void A_capitalised_sentence_start_is_not_an_entity()
    {
        var entities = Entities("Despite the rain, the talks went ahead. Meanwhile the delegates waited.");

        Assert.Empty(entities);
    }

    [Fact]
    public void Organisations_named_after_places_are_organisations()
    {
        var entities = Entities("The Bank of England raised rates, the New York Times reported, while Paris Saint-Germain won again.");

        Assert.Contains(("Bank of England", "ORG"), entities);
        Assert.Contains(("New York Times", "ORG"), entities);
        Assert.Contains(("Paris Saint-Germain", "ORG"), entities);
    }

    [Fact]
    public void An_all_caps_headline_still_yields_its_names()
    {
        var entities = Entities("FRANCE AND BRAZIL SIGN TRADE DEAL\nThe two governments signed the deal in Brasilia.");

        Assert.Contains(entities, e => e.Text == "FRANCE" && e.Label is "GPE" or "LOC");
        Assert.Contains(entities, e => e.Text == "BRAZIL" && e.Label is "GPE" or "LOC");
    }

    [Fact]
    public void Mentions_carry_a_confidence_between_zero_and_one()
    {
        var document = Pipeline.Process(new Document("Lena Vogel flew to Oslo.", new DocumentMetadata()));

        Assert.NotEmpty(document.Get(EntityLayers.Entities));
        Assert.All(document.Get(EntityLayers.Entities), e => Assert.InRange(e.Confidence, 0f, 1f));
    }

    [Fact]
    public void Use_entities_is_idempotent_and_the_default_pipeline_has_it()
    {
        var builder = new PipelineBuilder().UseTokenizer().UseEntities().UseEntities();

        Assert.Single(builder.Components, c => c.Name == EntityRecognizerComponent.ComponentName);
        Assert.Contains(DefaultPipeline.Create().Components, c => c.Name == EntityRecognizerComponent.ComponentName);
    }

    [Fact]
    public void Text_without_tokens_gives_no_entities()
    {
        Assert.Empty(Entities("   \n  "));
    }
}
