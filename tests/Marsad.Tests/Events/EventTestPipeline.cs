using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>Runs the default pipeline on a text the test wrote and returns its events and incidents.</summary>
internal static class EventTestPipeline
{
    public static Document Analyze(string text, string published = "2024-03-10")
    {
        var article = new Article { Id = "test", Text = text, Published = DateTimeOffset.Parse(published + "T12:00:00Z") };
        return MarsadPipeline.Default.Run(article);
    }

    public static IReadOnlyList<Event> Events(string text, string published = "2024-03-10") =>
        Analyze(text, published).Get(EventLayers.Events);

    /// <summary>The events of <paramref name="text"/>, each as <see cref="Describe(Event)"/> writes it.</summary>
    public static string[] DescribeAll(string text, string published = "2024-03-10") =>
        Events(text, published).Select(Describe).ToArray();

    /// <summary>The events of <paramref name="text"/> as TYPE/mode modality, for tests of type coding alone.</summary>
    public static string[] Coded(string text) =>
        Events(text).Select(e => $"{e.Type}/{e.Mode ?? "-"} {e.Modality.Name()}").ToArray();

    /// <summary>One line per event: TYPE/mode modality source[country] → target[country] date.</summary>
    public static string Describe(Event e) =>
        $"{e.Type}/{e.Mode ?? "-"} {e.Modality.Name()} {Actor(e.Source)} → {Actor(e.Target)} {e.Date ?? "-"}";

    /// <summary>The one event of <paramref name="type"/> in <paramref name="text"/> (the test fails when there are none or several).</summary>
    public static Event Only(string text, PloverType type) => Assert.Single(Events(text), e => e.Type == type);

    /// <summary>An event's source and target, each as <see cref="Actor"/> writes it.</summary>
    public static (string Source, string Target) Actors(Event e) => (Actor(e.Source), Actor(e.Target));

    /// <summary>An actor as text[country], "-" for no country, "?" for no actor.</summary>
    public static string Actor(EventActor? actor) => actor is null ? "?" : $"{actor.Text}[{actor.Country ?? "-"}]";

    /// <summary>The tokens of a text the test wrote (the text layers only), for a pass tested alone over tokens.</summary>
    public static IReadOnlyList<Token> Tokens(string text) =>
        new PipelineBuilder().UseText().Build().Run(new Article { Id = "test", Text = text }).Get(TextLayers.Tokens);

    /// <summary>The index of the first token of <paramref name="tokens"/> at or after <paramref name="from"/> that reads <paramref name="word"/> in <paramref name="text"/>.</summary>
    public static int TokenAt(string text, IReadOnlyList<Token> tokens, string word, int from = 0) =>
        tokens.ToList().FindIndex(from, k => text[k.Span.Start..k.Span.End] == word);
}
