using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Marsad.Tests.Eval;

/// <summary>
/// Checks the format of the team-written development set (eval/events.jsonl, eval/quotes.jsonl, described in
/// eval/README.md). Each check returns readable problems, one per defect, so a failing test lists every bad row
/// instead of stopping at the first.
/// </summary>
public sealed partial class DevSetChecker(PloverModeTable modes)
{
    public static readonly string[] Modalities = ["asserted", "reported", "alleged", "denied", "planned", "negated"];
    public static readonly string[] QuoteKinds = ["direct", "indirect", "mixed"];
    public static readonly string[] SpeakerForms = ["name", "role", "pronoun", "unnamed"];

    /// <summary>PLOVER sector codes (manual, "Sector Codes") plus DIP and IGO, which issue 7 uses for diplomats and
    /// international organisations.</summary>
    public static readonly string[] Sectors =
    [
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI",
        "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "DIP", "IGO",
    ];

    // A quote span holds content only: no opening/closing mark and no final punctuation at its edges.
    private const string EdgeMarks = "«»\"“”.،؛؟!";

    public IReadOnlyList<string> CheckEvents(IEnumerable<string> lines) =>
        CheckRows(lines, "events", EventIdPattern(), (row, text, where, problems) =>
        {
            if (row["events"] is not JsonArray events) { problems.Add($"{where}: events is not an array"); return; }
            if (events.Count == 0 != Tags(row).Contains("no_event"))
                problems.Add($"{where}: tag no_event must be present exactly when events is empty");
            CheckEach(events, text, $"{where} event", CheckEvent, problems);
        });

    private void CheckEvent(JsonObject e, string text, string where, List<string> problems)
    {
        var type = Str(e, "type");
        var mode = Str(e, "mode");
        if (type is null || !modes.IsType(type)) problems.Add($"{where}: «{type}» is not one of the 16 PLOVER types");
        else if (mode is not null && !modes.Allows(type, mode)) problems.Add($"{where}: mode «{mode}» is not in the {type} table");
        var cameo = Str(e, "cameo");
        if (cameo is not null && !CameoPattern().IsMatch(cameo)) problems.Add($"{where}: cameo «{cameo}» is not a CAMEO code");
        var modality = Str(e, "modality");
        if (modality is null || !Modalities.Contains(modality)) problems.Add($"{where}: modality «{modality}» is not valid");
        var trigger = Str(e, "trigger");
        if (trigger is null) problems.Add($"{where}: trigger missing");
        else CheckUnique(text, trigger, "trigger", where, problems);
        foreach (var role in new[] { "source", "target" })
        {
            var actor = Str(e, role);
            var country = Str(e, role + "_country");
            var sector = Str(e, role + "_sector");
            if (actor is not null) CheckUnique(text, actor, role, where, problems);
            else if (country is not null || sector is not null) problems.Add($"{where}: {role} is null but has a country or sector");
            if (country is not null && !CountryPattern().IsMatch(country)) problems.Add($"{where}: {role}_country «{country}» is not ISO alpha-3");
            if (sector is not null && !Sectors.Contains(sector)) problems.Add($"{where}: {role}_sector «{sector}» is not a known sector");
        }
        var date = Str(e, "date");
        if (date is not null && !IsPartialDate(date)) problems.Add($"{where}: date «{date}» is not YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public IReadOnlyList<string> CheckQuotes(IEnumerable<string> lines) =>
        CheckRows(lines, "quotes", QuoteIdPattern(), (row, text, where, problems) =>
        {
            if (row["quotes"] is not JsonArray quotes || quotes.Count == 0) { problems.Add($"{where}: quotes must be a non-empty array"); return; }
            CheckEach(quotes, text, $"{where} quote", CheckQuote, problems);
        });

    private delegate void RowCheck(JsonObject row, string text, string where, List<string> problems);

    /// <summary>The checks every row of both files shares (JSON object, id, published, text), then the file's own.</summary>
    private static List<string> CheckRows(IEnumerable<string> lines, string file, Regex idPattern, RowCheck checkRow)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var row = ParseObject(line, $"{file} line {lineNumber}", problems);
            if (row is null) continue;
            var id = Str(row, "id");
            var where = $"{file} line {lineNumber} ({id ?? "no id"})";
            CheckId(id, idPattern, ids, where, problems);
            CheckPublished(row, where, problems);
            var text = Str(row, "text");
            if (string.IsNullOrWhiteSpace(text)) problems.Add($"{where}: text missing");
            else checkRow(row, text, where, problems);
        }
        return problems;
    }

    private static void CheckEach(JsonArray items, string text, string where, Action<JsonObject, string, string, List<string>> check, List<string> problems)
    {
        var n = 0;
        foreach (var node in items)
        {
            n++;
            if (node is JsonObject o) check(o, text, $"{where} {n}", problems);
            else problems.Add($"{where} {n}: not an object");
        }
    }

    private static void CheckQuote(JsonObject q, string text, string where, List<string> problems)
    {
        var quote = Str(q, "quote");
        if (quote is null) problems.Add($"{where}: quote missing");
        else
        {
            CheckUnique(text, quote, "quote", where, problems);
            if (quote.Length > 0 && (EdgeMarks.Contains(quote[0]) || EdgeMarks.Contains(quote[^1]) || char.IsWhiteSpace(quote[0]) || char.IsWhiteSpace(quote[^1])))
                problems.Add($"{where}: quote «{quote}» must not begin or end with a mark, final punctuation or space");
        }
        var kind = Str(q, "kind");
        if (kind is null || !QuoteKinds.Contains(kind)) problems.Add($"{where}: kind «{kind}» is not valid");
        var cue = Str(q, "cue");
        if (cue is null) problems.Add($"{where}: cue missing");
        else CheckUnique(text, cue, "cue", where, problems);
        var speaker = Str(q, "speaker");
        if (speaker is not null) CheckUnique(text, speaker, "speaker", where, problems);
        var form = Str(q, "speaker_form");
        if (form is null || !SpeakerForms.Contains(form)) problems.Add($"{where}: speaker_form «{form}» is not valid");
        var unnamed = Str(q, "unnamed_text");
        if (form == "unnamed" != (unnamed is not null)) problems.Add($"{where}: unnamed_text must be set exactly when speaker_form is unnamed");
        if (unnamed is not null) CheckUnique(text, unnamed, "unnamed_text", where, problems);
    }

    private static void CheckUnique(string text, string part, string what, string where, List<string> problems)
    {
        if (part.Length == 0) { problems.Add($"{where}: {what} is empty"); return; }
        var first = text.IndexOf(part, StringComparison.Ordinal);
        if (first < 0) problems.Add($"{where}: {what} «{part}» is not in the text");
        else if (text.IndexOf(part, first + 1, StringComparison.Ordinal) >= 0) problems.Add($"{where}: {what} «{part}» occurs more than once in the text");
    }

    private static void CheckId(string? id, Regex pattern, HashSet<string> seen, string where, List<string> problems)
    {
        if (id is null || !pattern.IsMatch(id)) problems.Add($"{where}: id «{id}» does not follow the pattern");
        else if (!seen.Add(id)) problems.Add($"{where}: id «{id}» is used twice");
    }

    private static void CheckPublished(JsonObject row, string where, List<string> problems)
    {
        var published = Str(row, "published");
        if (published is null || !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            problems.Add($"{where}: published «{published}» is not YYYY-MM-DD");
    }

    private static bool IsPartialDate(string value) => value.Length switch
    {
        4 => DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    private static JsonObject? ParseObject(string line, string where, List<string> problems)
    {
        try
        {
            if (JsonNode.Parse(line) is JsonObject o) return o;
            problems.Add($"{where}: not a JSON object");
        }
        catch (JsonException ex) { problems.Add($"{where}: invalid JSON ({ex.Message})"); }
        return null;
    }

    public static HashSet<string> Tags(JsonObject row) =>
        row["tags"] is JsonArray tags ? [.. tags.Select(t => t?.GetValue<string>() ?? "")] : [];

    public static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^te-\d{3}$")] private static partial Regex EventIdPattern();
    [GeneratedRegex(@"^tq-\d{3}$")] private static partial Regex QuoteIdPattern();
    [GeneratedRegex(@"^\d{3,4}$")] private static partial Regex CameoPattern();
    [GeneratedRegex(@"^[A-Z]{3}$")] private static partial Regex CountryPattern();
}
