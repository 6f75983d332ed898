using Marsad.Stories.Views;

namespace Marsad.Stories.Comparison;

/// <summary>
/// Compares the outlets of a cluster or thread (<see cref="OutletComparison"/>): claims from <see cref="ClaimAligner"/>;
/// a claim only one outlet carries is listed under that outlet (when two or more outlets tell the story); conflicts
/// where outlets carrying one claim give counts of the same thing that cannot both hold (figures, number words, vague
/// counts: <see cref="QuantityReader"/>; two outlets conflict only when no count one gives agrees with one the other
/// gives), each writes one different day, or code the same kind of event in it with
/// different actors (who attacked, who announced: the events step's source, or its target, when neither outlet names
/// the other's); loaded terms and hedges per outlet (<see cref="FramingLexicon"/>).
/// </summary>
public static class ComparisonBuilder
{
    /// <param name="texts">The articles in timeline order (earliest first), so the first outlet of a claim reported it first.</param>
    /// <param name="speakers">Speaker entity ids quoted in an article (the quotes step), none when it did not run.</param>
    /// <param name="unnamed">Speakers of an article linked to no entity, as written (the quotes step), none when not given.</param>
    public static OutletComparison Build(IReadOnlyList<StoryText> texts, Func<string, IReadOnlyList<string>> speakers,
        Func<string, IReadOnlyList<string>>? unnamed = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var outlets = texts.Select(t => t.Article.OutletLabel).Distinct().ToList();
        var aligned = ClaimAligner.Align(texts);
        var claims = aligned.Select(a => a.Claim).ToList();

        var only = outlets.ToDictionary(o => o, _ => (IReadOnlyList<int>)[]);
        if (outlets.Count > 1)
            foreach (var group in claims.Select((c, i) => (c, i)).Where(x => x.c.Outlets.Count == 1).GroupBy(x => x.c.Outlets[0]))
                only[group.Key] = [.. group.Select(x => x.i)];

        var conflicts = new List<Conflict>();
        for (var i = 0; i < aligned.Count; i++)
            if (aligned[i].Claim.Outlets.Count > 1) conflicts.AddRange(ConflictsOf(i, aligned[i].Members));

        var quoted = outlets.ToDictionary(o => o, o => (IReadOnlyList<string>)[.. texts.Where(t => t.Article.OutletLabel == o)
            .SelectMany(t => speakers(t.Article.Id)).Distinct().Order(StringComparer.Ordinal)]);

        var terms = outlets.ToDictionary(o => o, o => (IReadOnlyDictionary<string, int>)texts.Where(t => t.Article.OutletLabel == o)
            .SelectMany(t => FramingLexicon.Default.Find(t.Tokens, t.Words)).GroupBy(m => m.Term.Term)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count()));
        var unnamedByOutlet = outlets.ToDictionary(o => o, o => (IReadOnlyList<string>)[.. texts.Where(t => t.Article.OutletLabel == o)
            .SelectMany(t => unnamed?.Invoke(t.Article.Id) ?? []).Distinct(StringComparer.Ordinal)]);
        return new OutletComparison(claims, only, conflicts, quoted, terms) { Unnamed = unnamedByOutlet };
    }

    private static IEnumerable<Conflict> ConflictsOf(int claim, IReadOnlyList<(StoryText Text, Documents.TextSpan Span)> members)
    {
        // Every count an outlet gives of one thing, not its first: a clause often gives two («ارتفع من 13 إلى 37 قتيلا»,
        // «قتل 3 وأصيب 10 أشخاص»), and another outlet stating either of them agrees with it.
        var quantities = new Dictionary<string, Dictionary<string, List<Quantity>>>(StringComparer.Ordinal);
        var days = new Dictionary<string, (DateOnly Day, string Text)>(StringComparer.Ordinal);
        var actors = new Dictionary<(string Type, string Role), Dictionary<string, (HashSet<string> Ids, string Text)>>();
        foreach (var (text, span) in members)
        {
            foreach (var e in text.Events.Where(e => span.Contains(e.Trigger)))
                foreach (var (role, id, words) in new[] { ("actor", e.SourceId, e.SourceText), ("target", e.TargetId, e.TargetText) })
                {
                    if (id is null || words is null) continue;
                    if (!actors.TryGetValue((e.Type, role), out var byOutlet)) actors[(e.Type, role)] = byOutlet = new(StringComparer.Ordinal);
                    if (!byOutlet.TryGetValue(text.Article.OutletLabel, out var held)) byOutlet[text.Article.OutletLabel] = held = ([], words);
                    held.Ids.Add(id);
                }
            var times = text.Times.Where(t => span.Contains(t.Span)).ToList();
            var first = text.Tokens.Count(t => t.Span.End <= span.Start);
            var end = text.Tokens.Count(t => t.Span.Start < span.End);
            foreach (var q in QuantityReader.Read(text.Text, text.Tokens, first, end, [.. times.Select(t => t.Span)]))
            {
                if (!quantities.TryGetValue(q.Counted, out var byOutlet)) quantities[q.Counted] = byOutlet = new(StringComparer.Ordinal);
                if (!byOutlet.TryGetValue(text.Article.OutletLabel, out var given)) byOutlet[text.Article.OutletLabel] = given = [];
                if (!given.Any(g => g.Value == q.Value && g.Max == q.Max)) given.Add(q);
            }
            var written = times.Where(t => t.Day is not null).ToList();
            if (written.Count == 1) days.TryAdd(text.Article.OutletLabel, (written[0].Day!.Value, written[0].Text));
        }
        foreach (var (counted, byOutlet) in quantities.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (byOutlet.Values.Any(a => byOutlet.Values.Any(b => a.All(x => b.All(x.Contradicts)))))
                yield return new Conflict(claim, "number", byOutlet.ToDictionary(p => p.Key, p => string.Join("، ", p.Value.Select(q => q.Text))));
        if (days.Count > 1 && days.Values.Select(d => d.Day).Distinct().Count() > 1)
            yield return new Conflict(claim, "date", days.ToDictionary(p => p.Key, p => p.Value.Text));
        // Outlets disagree on who when no two of them share an entity in that role of that kind of event.
        foreach (var ((type, role), byOutlet) in actors.OrderBy(p => p.Key.Type, StringComparer.Ordinal).ThenBy(p => p.Key.Role, StringComparer.Ordinal))
            if (byOutlet.Count > 1 && byOutlet.Values.All(a => byOutlet.Values.All(b => ReferenceEquals(a.Ids, b.Ids) || !a.Ids.Overlaps(b.Ids))))
                yield return new Conflict(claim, role, byOutlet.ToDictionary(p => p.Key, p => p.Value.Text));
    }
}
