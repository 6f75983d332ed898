using System.Globalization;
using Marsad.Documents;
using Marsad.Stories.Comparison;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Stories;

/// <summary>
/// The counts an article's headline and lead state («60 قتيلاً», «تصحيح أوضاع 363 ألف يمني», «عشرات المحتجين»), read by
/// <see cref="QuantityReader"/> (the outlet comparison's reader: figures, number words, vague counts with their range),
/// as figure terms <c>#counted=value</c> or <c>#counted=least-greatest</c> of a <see cref="StoryProfile"/>
/// (<see cref="TermKind.Figure"/>). A headline or lead states the count that makes the news: two reports of one
/// happening give the same toll or tally of the same thing, or counts that can both hold; two happenings of one
/// template give different counts of it (Boko Haram's 60 dead and a girl bomber's 20 in Cameroon two days later; the
/// passports' national tally and a regional office's). The body is not read: it quotes earlier tolls and totals.
/// </summary>
public static class ArticleFigures
{
    /// <summary>The counts of the headline and of the lead (<see cref="ArticleFocus.LeadEnd"/>), as figure terms, each once.</summary>
    public static IReadOnlyList<string> Terms(Article article, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence>? sentences, IReadOnlyList<TextSpan> timeSpans)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<Quantity>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            var title = Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Title));
            found.AddRange(QuantityReader.Read(article.Title, title, 0, title.Count, []));
        }
        var leadEnd = ArticleFocus.LeadEnd(sentences);
        var end = 0;
        while (end < tokens.Count && tokens[end].Span.End <= leadEnd) end++;
        found.AddRange(QuantityReader.Read(article.Text, tokens, 0, end, timeSpans));
        return [.. found.Select(Term).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The figure term of a count: <c>#counted=value</c>, or <c>#counted=least-greatest</c> for a vague count.</summary>
    public static string Term(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var value = quantity.Value.ToString(CultureInfo.InvariantCulture);
        return quantity.UpTo is { } upTo
            ? $"{TermKinds.FigurePrefix}{quantity.Counted}={value}-{upTo.ToString(CultureInfo.InvariantCulture)}"
            : $"{TermKinds.FigurePrefix}{quantity.Counted}={value}";
    }

    /// <summary>The count a figure term stands for (its <see cref="Quantity.Text"/> is not kept), or null for another term.</summary>
    public static Quantity? Parse(string term)
    {
        if (term.Length < 4 || term[0] != TermKinds.FigurePrefix) return null;
        var equals = term.LastIndexOf('=');
        if (equals < 2) return null;
        var value = term[(equals + 1)..];
        var dash = value.IndexOf('-', 1);
        var least = dash < 0 ? value : value[..dash];
        if (!decimal.TryParse(least, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return null;
        decimal? upTo = dash < 0 ? null : decimal.Parse(value[(dash + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture);
        return new Quantity(v, "", term[1..equals], upTo);
    }

    /// <summary>
    /// What two articles' counts say: <c>Agree</c> when both count one thing (the same counted stem) with values that can
    /// both hold; <c>Conflict</c> when both count one thing and for some such thing no two of their values can both hold.
    /// Both false when they count nothing in common.
    /// </summary>
    public static (bool Agree, bool Conflict) Compare(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        bool agree = false, conflict = false;
        foreach (var counted in a.Select(q => q.Counted).Distinct(StringComparer.Ordinal))
        {
            var theirs = b.Where(q => q.Counted == counted).ToList();
            if (theirs.Count == 0) continue;
            var meet = a.Where(q => q.Counted == counted).Any(q => theirs.Any(t => !q.Contradicts(t)));
            if (meet) agree = true;
            else conflict = true;
        }
        return (agree, conflict);
    }
}
