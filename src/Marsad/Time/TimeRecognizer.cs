using Marsad.Documents;
using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;
using Marsad.Time.Resolution;

namespace Marsad.Time;

/// <summary>
/// Finds and normalizes the time expressions of one text against an anchor date (usually its publication date).
/// Works on normalized text with its own word scanning; spans are mapped back to the original text.
/// Stateless and thread-safe.
/// </summary>
public sealed class TimeRecognizer
{
    public static TimeRecognizer Default { get; } = new();

    public IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? anchor) =>
        Recognize(ArabicNormalizer.Normalize(text), anchor);

    /// <param name="sentences">Sentence spans in the original text, when the pipeline has them; they bound the
    /// context used to find an event's date. Without them, sentences end at . ! ? ؟ ؛ and line breaks.</param>
    public IReadOnlyList<TimeExpression> Recognize(NormalizedText text, DateOnly? anchor, IReadOnlyList<TextSpan>? sentences = null) =>
        Recognize(ParseText(text, sentences), anchor);

    /// <summary>
    /// The anchor-free part of recognition: the text's tokens, parses and sentence of each token. The time step resolves
    /// one of these twice (without an anchor to date an undated article, then against that date) instead of reading
    /// the text twice.
    /// </summary>
    internal sealed record ParsedText(NormalizedText Text, TimeToken[] Tokens, List<Parse> Parses, int[] SentenceOf);

    internal static ParsedText ParseText(NormalizedText text, IReadOnlyList<TextSpan>? sentences)
    {
        var tokens = TimeScanner.Scan(text.Text);
        var parses = new TimeGrammar(tokens, TimeLexicon.Default).FindAll();
        return new ParsedText(text, tokens, parses, SentenceIndex(tokens, text, sentences));
    }

    /// <summary>The expressions of a parsed text resolved against <paramref name="anchor"/>; the parsed text is not changed.</summary>
    internal IReadOnlyList<TimeExpression> Recognize(ParsedText parsed, DateOnly? anchor)
    {
        var (text, tokens, parses, sentenceOf) = parsed;
        var resolved = new List<(Parse Parse, Resolved? Resolved)>(parses.Count);
        foreach (var parse in parses)
        {
            if (parse.Meaning is EventRelative) { resolved.Add((parse, null)); continue; }
            if (TimeResolver.Resolve(parse.Meaning, anchor) is { } r) resolved.Add((parse, r));
        }

        var narrative = new NarrativeTime(tokens, sentenceOf, TimeLexicon.Default);
        narrative.Apply(resolved, anchor);
        var events = new EventDates(tokens, sentenceOf);
        var datedEvents = new HashSet<Parse>();
        for (var k = 0; k < resolved.Count; k++)
        {
            if (resolved[k].Parse.Meaning is not EventRelative ev) continue;
            // «بعد عقدين من تأسيسها» after «تأسست عام 1987»: without a dated mention of the event, the story's last date.
            var found = events.Find(ev.EventStart, ev.EventEnd, resolved, k)
                        ?? (narrative.LastStoryDate(resolved, resolved[k].Parse.Start, ev.Offset.Unit) is { } story ? (story, -1) : null);
            if (found is not null) datedEvents.Add(resolved[k].Parse);
            if (found is null && anchor is null)
            {
                resolved[k] = (resolved[k].Parse, new Resolved(TimexType.Date, "XXXX-XX", TimeGranularity.Month, null,
                    [TimeFlags.EventRelative, TimeFlags.Approximate]));
                continue;
            }
            var flags = new List<string>();
            try
            {
                resolved[k] = (resolved[k].Parse, ShiftResolution.FromEvent(ev.Offset, ev.Sign, found?.Date ?? anchor!.Value, found is not null, flags));
            }
            catch (Exception e) when (TimeResolver.OutsideCalendar(e))
            {
                resolved[k] = (resolved[k].Parse, null);
            }
        }

        var result = new List<TimeExpression>(resolved.Count);
        foreach (var (parse, r) in resolved)
        {
            if (r is null) continue;
            var normalizedStart = tokens[parse.Start].Start + parse.PrefixLength;
            var normalizedEnd = tokens[parse.End - 1].End;
            var span = text.ToOriginal(normalizedStart, normalizedEnd);
            if (parse.End - parse.Start == 1 && HamzaOnTheArticle(span.Slice(text.Original), tokens[parse.Start].Key[parse.PrefixLength..])) continue;
            var flags = parse.Flags.Concat(r.Flags).Concat(CalendarRule(parse.Rule) ? [TimeFlags.CalendarDate] : []).Distinct().ToArray();
            result.Add(new TimeExpression(span, span.Slice(text.Original), r.Type, r.Value, r.Granularity, r.Anchor, parse.Rule, flags)
            {
                Event = parse.Meaning is EventRelative ev ? EventOf(ev, tokens, text, datedEvents.Contains(parse)) : null,
            });
        }
        return result;
    }

    // The one place that says which rules name a calendar date (TimeFlags.CalendarDate): «date.*», and «since.date.*»
    // («منذ مارس 2010», the date a state began).
    private static bool CalendarRule(string rule) =>
        rule.StartsWith("date.", StringComparison.Ordinal) || rule.StartsWith("since.date.", StringComparison.Ordinal);

    /// <summary>
    /// «لقطة لألان لاد»، «السويسري آلان جيجر»: the matching key folds the hamza, so the name Alan reads as «الآن»; but the
    /// article's alif never carries a hamza, so a lone word written with one where the key has the article is no time
    /// word. Only a word read alone: in a longer expression «ال» may be the word's own letters («ألف سنة»).
    /// </summary>
    private static bool HamzaOnTheArticle(string surface, string key) =>
        key.StartsWith(Article, StringComparison.Ordinal) && surface.Length > 0 && surface[0] is 'أ' or 'آ' or 'إ';

    private static readonly string Article = MatchingKey.Of("ال");

    /// <param name="dated">The article itself dated the event (not just the anchor the resolver fell back on).</param>
    private static EventOffset? EventOf(EventRelative ev, TimeToken[] tokens, NormalizedText text, bool dated)
    {
        if (ev.EventEnd <= ev.EventStart || ev.EventEnd > tokens.Length) return null;
        var span = text.ToOriginal(tokens[ev.EventStart].Start, tokens[ev.EventEnd - 1].End);
        return new EventOffset(span, span.Slice(text.Original), EventOffset.Format(ev.Offset, ev.Sign), dated);
    }

    private static int[] SentenceIndex(TimeToken[] tokens, NormalizedText text, IReadOnlyList<TextSpan>? sentences)
    {
        var index = new int[tokens.Length];
        if (sentences is { Count: > 0 })
        {
            var s = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                var at = text.ToOriginal(tokens[i].Start, tokens[i].End).Start;
                while (s + 1 < sentences.Count && sentences[s].End <= at) s++;
                index[i] = s;
            }
            return index;
        }
        var sentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            index[i] = sentence;
            if (tokens[i].Kind == TimeTokenKind.Punct && tokens[i].Key is "." or "!" or "?" or "؟" or "؛" or "\n"
                && !(tokens[i].Key == "." && i > 0 && i + 1 < tokens.Length && tokens[i - 1].IsNumber && tokens[i + 1].IsNumber))
                sentence++;
        }
        return index;
    }
}
