using System.Text.Json.Nodes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Eval;

/// <summary>The team-written development set in eval/ (see eval/README.md) is well-formed and coded within PLOVER.</summary>
public sealed class DevSetFormatTests
{
    private static string EvalFile(string name) => Path.Combine(RepoPaths.Root, "eval", name);

    private static readonly Lazy<PloverModeTable> s_modes = new(() => PloverModeTable.Load(EvalFile("plover-modes.tsv")));

    private static DevSetChecker Checker => new(s_modes.Value);

    private static List<JsonObject> Rows(string name) =>
        [.. File.ReadLines(EvalFile(name)).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())];

    [Fact]
    public void ModeTableHoldsTheSixteenPloverTypesWithTheManualsModes()
    {
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
            "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
        Assert.Equal(types.Order(), s_modes.Value.Types.Order());
        Assert.True(s_modes.Value.Allows("COERCE", "cyber"));
        Assert.True(s_modes.Value.Allows("SANCTION", "discontinue"));
        Assert.True(s_modes.Value.Allows("CONSULT", "third-party"));
        Assert.False(s_modes.Value.Allows("SANCTION", "cyber"));
        Assert.False(s_modes.Value.Allows("AGREE", "visit"));
        Assert.False(s_modes.Value.Allows("ASSAULT", "massacre"));
    }

    [Fact]
    public void EveryEventRowIsWellFormedWithUniqueSubstringsAndValidCodes()
    {
        var problems = Checker.CheckEvents(File.ReadLines(EvalFile("events.jsonl")));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryQuoteRowIsWellFormedWithUniqueSubstrings()
    {
        var problems = Checker.CheckQuotes(File.ReadLines(EvalFile("quotes.jsonl")));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void CheckerReportsEachPlantedEventDefect()
    {
        const string good = """{"id":"te-900","published":"2024-05-12","text":"طردت الحكومة الصومالية السفير الإثيوبي أمس.","events":[{"type":"SANCTION","mode":"expel","cameo":"166","source":"الحكومة الصومالية","source_country":"SOM","source_sector":"GOV","target":"السفير الإثيوبي","target_country":"ETH","target_sector":"DIP","modality":"asserted","trigger":"طردت","date":"2024-05-11"}],"tags":[]}""";
        Assert.Empty(Checker.CheckEvents([good]));

        string[] planted =
        [
            good.Replace("\"trigger\":\"طردت\"", "\"trigger\":\"قطعت\""),                       // trigger not in text
            good.Replace("\"source\":\"الحكومة الصومالية\"", "\"source\":\"ال\""),               // source not unique
            good.Replace("\"type\":\"SANCTION\"", "\"type\":\"EXPEL\""),                        // not a PLOVER type
            good.Replace("\"mode\":\"expel\"", "\"mode\":\"cyber\""),                           // mode of another type
            good.Replace("\"modality\":\"asserted\"", "\"modality\":\"rumoured\""),             // unknown modality
            good.Replace("\"date\":\"2024-05-11\"", "\"date\":\"2024-13-01\""),                 // impossible date
            good.Replace("\"source_country\":\"SOM\"", "\"source_country\":\"Somalia\""),       // not ISO alpha-3
            good.Replace("\"target_sector\":\"DIP\"", "\"target_sector\":\"AMB\""),             // unknown sector
            good.Replace("\"tags\":[]", "\"tags\":[\"no_event\"]"),                             // no_event with an event
            good.Replace("te-900", "te-9"),                                                     // id pattern
        ];
        foreach (var line in planted)
            Assert.True(Checker.CheckEvents([line]).Count == 1, $"expected exactly one problem for {line}");
        Assert.Single(Checker.CheckEvents([good, good]));                                        // duplicate id
    }

    [Fact]
    public void CheckerReportsEachPlantedQuoteDefect()
    {
        const string good = """{"id":"tq-900","published":"2024-05-12","text":"وقال الوزير أحمد سالم: «سنواصل الحوار». وأضاف أن الحكومة لن تتراجع.","quotes":[{"quote":"سنواصل الحوار","kind":"direct","cue":"وقال","speaker":"أحمد سالم","speaker_form":"name","unnamed_text":null},{"quote":"الحكومة لن تتراجع","kind":"indirect","cue":"وأضاف","speaker":"أحمد سالم","speaker_form":"pronoun","unnamed_text":null}]}""";
        Assert.Empty(Checker.CheckQuotes([good]));

        string[] planted =
        [
            good.Replace("\"quote\":\"سنواصل الحوار\"", "\"quote\":\"«سنواصل الحوار\""),          // opening mark inside the span
            good.Replace("\"quote\":\"الحكومة لن تتراجع\"", "\"quote\":\"الحكومة لن تتراجع.\""),  // final punctuation
            good.Replace("\"cue\":\"وقال\"", "\"cue\":\"صرح\""),                                 // cue not in the text
            good.Replace("\"kind\":\"direct\"", "\"kind\":\"verbatim\""),                       // unknown kind
            good.Replace("\"speaker_form\":\"name\"", "\"speaker_form\":\"unnamed\""),          // unnamed without unnamed_text
            good.Replace("\"speaker\":\"أحمد سالم\",\"speaker_form\":\"pronoun\"", "\"speaker\":\"و\",\"speaker_form\":\"pronoun\""), // speaker not unique
        ];
        foreach (var line in planted)
            Assert.True(Checker.CheckQuotes([line]).Count == 1, $"expected exactly one problem for {line}");
    }

    [Fact]
    public void DevSetMeetsTheMinimumsOfIssue7()
    {
        var items = Rows("events.jsonl");
        var events = items.SelectMany(r => r["events"]!.AsArray().Select(e => e!.AsObject())).ToList();
        Assert.True(items.Count >= 240, $"{items.Count} event items, issue 7 asks for at least 240");
        var noEvent = items.Count(r => r["events"]!.AsArray().Count == 0);
        Assert.True(noEvent >= 30, $"{noEvent} items without events, issue 7 asks for 30");
        foreach (var type in s_modes.Value.Types)
        {
            var withType = items.Count(r => r["events"]!.AsArray().Any(e => DevSetChecker.Str(e!.AsObject(), "type") == type));
            Assert.True(withType >= 10, $"{type}: {withType} items, issue 7 asks for at least 10");
        }
        foreach (var modality in DevSetChecker.Modalities)
        {
            var n = events.Count(e => DevSetChecker.Str(e, "modality") == modality);
            Assert.True(n >= 10, $"modality {modality}: {n} events, the set promises at least 10 of each");
        }
        foreach (var tag in new[] { "negation", "passive", "nominal", "coordination", "in_quote", "prodrop", "repeat_mention", "false_trigger", "multi_event" })
        {
            var n = items.Count(r => DevSetChecker.Tags(r).Contains(tag));
            Assert.True(n >= 10, $"tag {tag}: {n} items, the set promises at least 10 of each phenomenon");
        }

        var quotes = Rows("quotes.jsonl").SelectMany(r => r["quotes"]!.AsArray().Select(q => q!.AsObject())).ToList();
        Assert.True(quotes.Count >= 80, $"{quotes.Count} quotes, issue 7 asks for at least 80");
        foreach (var kind in DevSetChecker.QuoteKinds)
            Assert.True(quotes.Count(q => DevSetChecker.Str(q, "kind") == kind) >= 10, $"fewer than 10 {kind} quotes");
        foreach (var form in DevSetChecker.SpeakerForms)
            Assert.True(quotes.Count(q => DevSetChecker.Str(q, "speaker_form") == form) >= 10, $"fewer than 10 quotes with a {form} speaker");
    }

    [Fact]
    public void EventIdsAndQuoteIdsRunInOrderWithoutGaps()
    {
        var events = Rows("events.jsonl").Select(r => DevSetChecker.Str(r, "id")).ToList();
        var quotes = Rows("quotes.jsonl").Select(r => DevSetChecker.Str(r, "id")).ToList();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => $"te-{i:000}"), events);
        Assert.Equal(Enumerable.Range(1, quotes.Count).Select(i => $"tq-{i:000}"), quotes);
    }
}
