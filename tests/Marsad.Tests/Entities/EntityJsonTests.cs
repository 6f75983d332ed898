using System.Text.Json;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Entities;

public sealed class EntityJsonTests
{
    [Fact]
    public void ArticleJsonCarriesOneObjectPerEntityWithTheContractFields()
    {
        var pipeline = new PipelineBuilder().UseText().UseEntities().Build();
        const string text = "رحب الاحتلال بقرار ألبانيا، وقال الشاعر الكبير إن الخطوة مهمة.";
        var document = pipeline.Run(new Article { Id = "json", Text = text });

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            pipeline.Find<EntityAnnotator>()!.WriteJson(document, writer);
            writer.WriteEndObject();
        }
        using var json = JsonDocument.Parse(stream.ToArray());
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();

        var israel = entities.Single(e => e.GetProperty("id").GetString() == "gpe:israel");
        Assert.Equal("GPE", israel.GetProperty("type").GetString());
        Assert.Equal("إسرائيل", israel.GetProperty("name_ar").GetString());
        Assert.Equal("Israel", israel.GetProperty("name_en").GetString());
        var mention = Assert.Single(israel.GetProperty("mentions").EnumerateArray());
        Assert.Equal("الاحتلال", mention.GetProperty("text").GetString());
        Assert.Equal(text.IndexOf("الاحتلال", StringComparison.Ordinal), mention.GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf("الاحتلال", StringComparison.Ordinal) + "الاحتلال".Length, mention.GetProperty("end").GetInt32());
        Assert.InRange(mention.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.True(mention.GetProperty("loaded").GetBoolean());
        Assert.All(entities, e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "PER", "ORG", "LOC", "GPE", "MISC" }));
        Assert.Equal(entities.Count, entities.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void UnknownEntitiesHaveNullEnglishName()
    {
        var entities = new ArticleEntities([], [new LinkedEntity("per:~كلير-دوبون", EntityType.PER, "كلير دوبون", null, false, [])]);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            EntityJson.Write(entities, writer);
            writer.WriteEndObject();
        }
        using var json = JsonDocument.Parse(stream.ToArray());

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("entities")[0].GetProperty("name_en").ValueKind);
    }
}
