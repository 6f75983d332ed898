using Marsad.Documents;

namespace Marsad.Search;

/// <summary>
/// Picks the passages of an article that show why it matched, from where the query's words stand in its text (positions
/// and spans in the original text, as <see cref="SearchTerms"/> made them, read from the postings by
/// <see cref="HitOccurrences"/>): the query's words and prefixes wherever they occur, its phrases only where their
/// words stand in order. The window of <see cref="WindowTerms"/> positions holding the most distinct query words wins, then the next that does not
/// overlap it. A snippet runs from a little before its first match to a little after its last, cut at white space of
/// the original; snippet and highlight offsets are into the original text, so they hold through tatweel, diacritics
/// and bidi marks, and the snippet text is that slice of the original, unchanged. No text is analysed again at query
/// time. An article that matched by its title alone gets its opening as a snippet, with no highlight.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowTerms = 30;
    private const int LeadChars = 60;
    private const int TailChars = 120;
    private const int OpeningChars = 200;

    /// <summary>A query word found in the text: its position, its span in the original, and which query word or phrase it is.</summary>
    public readonly record struct Occurrence(int Position, TextSpan Span, string Label);

    /// <summary>One document's occurrences of the query's words (each word's in text order) and of the index terms its
    /// prefixes stand for (labelled with the prefix, in the order the prefixes and then their terms were read).</summary>
    public sealed class Words
    {
        private readonly Dictionary<string, List<Occurrence>> _byWord = new(StringComparer.Ordinal);

        public List<Occurrence> Prefixed { get; } = [];

        public List<Occurrence> Of(string word)
        {
            if (!_byWord.TryGetValue(word, out var list)) _byWord[word] = list = [];
            return list;
        }

        public IReadOnlyList<Occurrence> Find(string word) => _byWord.TryGetValue(word, out var list) ? list : [];
    }

    /// <summary>Where the query's words, prefixes and phrases occur in a document's text (<see cref="HitOccurrences"/>
    /// read them): every word and prefix occurrence, a phrase only where its words stand at consecutive positions.</summary>
    public static List<Occurrence> Find(Words words, HighlightTerms query)
    {
        var found = new List<Occurrence>();
        if (query.IsEmpty) return found;
        foreach (var term in query.Terms)
            foreach (var occurrence in words.Find(term)) found.Add(occurrence with { Label = term });
        found.AddRange(words.Prefixed);
        foreach (var phrase in query.Phrases)
        {
            var label = string.Join(' ', phrase);
            foreach (var first in words.Find(phrase[0]))
                if (Follows(words, phrase, first.Position))
                {
                    found.Add(first with { Label = label });
                    for (var i = 1; i < phrase.Length; i++) found.Add(At(words.Find(phrase[i]), first.Position + i) with { Label = label });
                }
        }
        // One occurrence per position (a word may be both a term and a phrase word), in text order: the first found of
        // each position, as found (a sort by position then by the order found, then each position's first kept).
        var keys = new long[found.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)found[i].Position << 32) | (uint)i;
        Array.Sort(keys);
        var result = new List<Occurrence>(keys.Length);
        foreach (var key in keys)
            if (found[(int)(uint)key] is var occurrence && (result.Count == 0 || result[^1].Position != occurrence.Position))
                result.Add(occurrence);
        return result;
    }

    // Whether each later word of the phrase stands at the position after the one before it.
    private static bool Follows(Words words, string[] phrase, int position)
    {
        for (var i = 1; i < phrase.Length; i++)
            if (At(words.Find(phrase[i]), position + i).Position < 0) return false;
        return true;
    }

    // The first occurrence at the position, or one at position -1.
    private static Occurrence At(IReadOnlyList<Occurrence> occurrences, int position)
    {
        foreach (var occurrence in occurrences)
            if (occurrence.Position == position) return occurrence;
        return new Occurrence(-1, default, "");
    }

    /// <summary>The windows (runs of indexes into <paramref name="found"/>) the snippets show, best first: each the window
    /// showing the most distinct query words among those not overlapping the ones before it. Chosen from the occurrences
    /// alone, before the text is read.</summary>
    public static List<(int From, int To)> Windows(List<Occurrence> found, int maxSnippets = 2)
    {
        var taken = new List<(int From, int To)>(maxSnippets);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        while (taken.Count < maxSnippets && BestWindow(found, taken, labels) is { } window) taken.Add(window);
        return taken;
    }

    /// <summary>How many of the text's first characters (UTF-16) <see cref="Build"/> reads for these windows: a snippet
    /// ends at most <see cref="TailChars"/> after its last match and its end is looked for from there back, the
    /// opening reads <see cref="OpeningChars"/>, and each looks one character further. Given any prefix of the text at
    /// least this long (or the whole text), <see cref="Build"/> makes the snippets the whole text gives.</summary>
    public static int Reach(List<Occurrence> found, List<(int From, int To)> windows)
    {
        if (windows.Count == 0) return OpeningChars + 1;
        var reach = 0;
        foreach (var (from, to) in windows)
            for (var i = from; i < to; i++) reach = Math.Max(reach, found[i].Span.End + TailChars + 1);
        return reach;
    }

    /// <summary>The snippets of <paramref name="windows"/> in text order, or the opening when there is none;
    /// <paramref name="text"/> is the whole text or a prefix of it <see cref="Reach"/> long or longer.</summary>
    public static IReadOnlyList<Snippet> Build(string text, List<Occurrence> found, List<(int From, int To)> windows)
    {
        if (text.Length == 0) return [];
        var snippets = new List<Snippet>(Math.Max(1, windows.Count));
        foreach (var (from, to) in windows) snippets.Add(Make(text, found, from, to));
        if (snippets.Count == 0)
        {
            var end = CutAfter(text, Math.Min(text.Length, OpeningChars));
            snippets.Add(new Snippet(text[..end], 0, end, []));
        }
        snippets.Sort((a, b) => a.Start.CompareTo(b.Start));
        return snippets;
    }

    /// <summary>The run of occurrences (indexes into <paramref name="found"/>) within one window that shows the most distinct query words
    /// (<paramref name="labels"/>: a set to count them in, cleared per window and kept by the caller across its windows).</summary>
    private static (int From, int To)? BestWindow(List<Occurrence> found, List<(int From, int To)> taken, HashSet<string> labels)
    {
        (int From, int To)? best = null;
        var bestScore = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var to = i;
            while (to < found.Count && found[to].Position < found[i].Position + WindowTerms) to++;
            if (Overlaps(taken, i, to)) continue;
            labels.Clear();
            for (var j = i; j < to; j++) labels.Add(found[j].Label);
            // Distinct query words first (a passage showing both words beats one repeating one), then all matches.
            var score = labels.Count * 1000 + (to - i);
            if (score > bestScore)
            {
                bestScore = score;
                best = (i, to);
            }
        }
        return best;
    }

    private static bool Overlaps(List<(int From, int To)> taken, int from, int to)
    {
        foreach (var t in taken)
            if (from < t.To && t.From < to) return true;
        return false;
    }

    // The snippet around found[from..to): its text and the spans of those matches.
    private static Snippet Make(string text, List<Occurrence> found, int from, int to)
    {
        var (first, last) = (found[from], found[to - 1]);
        var start = CutBefore(text, Math.Max(0, first.Span.Start - LeadChars), first.Span.Start);
        var end = CutAfter(text, Math.Min(text.Length, last.Span.End + TailChars));
        end = Math.Max(end, last.Span.End);
        var highlights = new TextSpan[to - from];
        for (var i = from; i < to; i++) highlights[i - from] = found[i].Span;
        return new Snippet(text[start..end], start, end, highlights);
    }

    // Start at white space (the snippet opens on a whole word), never past the first match.
    private static int CutBefore(string text, int from, int limit)
    {
        if (from == 0) return 0;
        for (var i = from; i < limit; i++)
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])) return i;
        return limit;
    }

    // End before white space (the snippet closes on a whole word).
    private static int CutAfter(string text, int to)
    {
        if (to >= text.Length) return text.Length;
        for (var i = to; i > 0; i--)
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1])) return i;
        return to;
    }
}
