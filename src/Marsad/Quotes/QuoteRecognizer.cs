using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Finds the quotes of one article in text order, cue by cue: for a verb or noun of saying, its speaker
/// (<see cref="SpeakerFinder"/>, or <see cref="SpeakerMemory"/> when no subject is written) and what it introduces
/// (<see cref="ReportedClauseFinder"/>: after it, or a quoted segment just before it: «…» قال علي); for an attribution
/// phrase, <see cref="AttributionFinder"/>. An interrupted quote («…»، وأضاف: «…») is one quote per part, each with its
/// cue, the later ones resolved to the same speaker. Cues inside a quote already found belong to its words.
/// Thread-safe: the state of one article lives in the passes it builds.
/// </summary>
public sealed class QuoteRecognizer(QuoteLexicon lexicon)
{
    private static readonly Lazy<QuoteRecognizer> s_default = new(() => new QuoteRecognizer(QuoteLexicon.Default));

    public static QuoteRecognizer Default => s_default.Value;

    public QuoteLexicon Lexicon { get; } = lexicon;

    public IReadOnlyList<Quote> Recognize(QuoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Tokens.Count == 0) return [];
        var c = new QuoteContext(input, Lexicon);
        var matcher = new AttributionMatcher(c);
        var speakers = new SpeakerFinder(c);
        var clauses = new ReportedClauseFinder(c, matcher);
        var attributions = new AttributionFinder(c, matcher, speakers, clauses);
        var memory = new SpeakerMemory(c, speakers);

        var found = new List<(ReportedContent Content, QuoteCue Cue, QuoteSpeaker? Speaker)>();
        var used = new HashSet<QuotedSegment>();
        bool Inside(int token) => found.Any(f => f.Content.First <= token && token < f.Content.End);

        for (var k = 0; k < c.Count; k++)
        {
            if (!c.IsWord(k) || Inside(k)) continue;
            if (attributions.At(k) is { } attributed)
            {
                found.Add((attributed.Content, attributed.Cue, attributed.Source.Speaker));
                memory.Remember(attributed.Source.Speaker, k);
                k = Math.Max(k, attributed.Source.End - 1);
                continue;
            }
            if (Lexicon.Cue(c.Key(k)) is not { } cue) continue;
            var quote = ReadCue(c, k, cue, speakers, clauses, memory, used);
            if (quote is null) continue;
            found.Add(quote.Value);
            if (quote.Value.Content.Segment is { } segment) used.Add(segment);
            if (quote.Value.Speaker is { } speaker) memory.Remember(speaker, k);
        }

        found.Sort((a, b) => a.Content.Span.Start.CompareTo(b.Content.Span.Start));
        var quotes = new List<Quote>(found.Count);
        foreach (var (content, cueFound, speakerFound) in found)
            quotes.Add(new Quote($"q{quotes.Count + 1}", content.Span, content.Span.Slice(input.Text), content.Kind, cueFound, speakerFound,
                c.SentenceSpan(content.First)));
        return quotes;
    }

    private static (ReportedContent Content, QuoteCue Cue, QuoteSpeaker? Speaker)? ReadCue(QuoteContext c, int k, CueWord cue,
        SpeakerFinder speakers, ReportedClauseFinder clauses, SpeakerMemory memory, HashSet<QuotedSegment> used)
    {
        var cueSpan = c.Tokens[k].Span;
        var cueRecord = new QuoteCue(cueSpan.Slice(c.Input.Text), cueSpan);
        SpeakerPhrase? phrase = null;
        if (cue.Form == CueForm.Verb) phrase = speakers.After(k);
        var contentFrom = phrase?.End ?? k + 1;
        var content = clauses.After(contentFrom, strict: cue.NeedsComplement);
        if (content?.Segment is { } taken && used.Contains(taken)) content = null;
        if (content is null && cue.Form == CueForm.Verb && clauses.Before(k) is { } before && !used.Contains(before))
            content = clauses.Direct(before);
        if (content is null) return null;

        QuoteSpeaker? speaker = phrase?.Speaker;
        if (speaker is null)
        {
            phrase = cue.Form switch
            {
                CueForm.Verb => speakers.Before(k),
                CueForm.Noun => speakers.NearestBefore(k, window: 6),
                _ => null,
            };
            speaker = phrase?.Speaker ?? memory.Resolve(k);
        }
        return (content, cueRecord, speaker);
    }
}
