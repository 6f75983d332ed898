using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Quotes;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// The explicit state every pass of the events step reads: the article's text, tokens with their lookup forms,
/// sentences, actor phrases (and which token starts which), time expressions and quotes (when the quote step ran).
/// Built once per article by <see cref="EventCoder"/>.
/// </summary>
public sealed class EventText
{
    public EventText(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<WordForms> words,
        IReadOnlyList<ActorPhrase> actors,
        IReadOnlyList<TimeExpression> times,
        IReadOnlyList<Quote>? quotes,
        ArticleEntities entities)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Words = words;
        Actors = actors;
        Times = times;
        Quotes = quotes ?? [];
        Entities = entities;
        ActorStartingAt = new int[tokens.Count];
        ActorCovering = new int[tokens.Count];
        Array.Fill(ActorStartingAt, -1);
        Array.Fill(ActorCovering, -1);
        InTime = new bool[tokens.Count];
        var next = 0;
        foreach (var time in times)
        {
            while (next < tokens.Count && tokens[next].Span.End <= time.Span.Start) next++;
            for (var t = next; t < tokens.Count && tokens[t].Span.Start < time.Span.End; t++) InTime[t] = true;
        }
        SentenceOf = new int[tokens.Count];
        foreach (var sentence in sentences)
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Count; t++) SentenceOf[t] = sentence.Index;
        for (var a = 0; a < actors.Count; a++)
        {
            if (ActorStartingAt[actors[a].First] < 0) ActorStartingAt[actors[a].First] = a;
            for (var t = actors[a].First; t < actors[a].End; t++)
                if (ActorCovering[t] < 0) ActorCovering[t] = a;
        }
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<WordForms> Words { get; }
    public IReadOnlyList<ActorPhrase> Actors { get; }
    public IReadOnlyList<TimeExpression> Times { get; }
    public IReadOnlyList<Quote> Quotes { get; }
    public ArticleEntities Entities { get; }

    /// <summary>Per token: index of the actor phrase that starts there, or -1.</summary>
    public int[] ActorStartingAt { get; }

    /// <summary>Per token: index of the (first) actor phrase covering it, or -1.</summary>
    public int[] ActorCovering { get; }

    public int[] SentenceOf { get; }

    /// <summary>Per token: part of a time expression («الأربعاء 7 سبتمبر»), which argument searches step over.</summary>
    public bool[] InTime { get; }

    /// <summary>Tokens that argument searches step over: time expressions and punctuation other than clause ends.</summary>
    public bool IsSkippable(int token) =>
        InTime[token] || (Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket
                          && Tokens[token].Normalized is not ("؛" or ";" or "." or ":"));

    /// <summary>The token is a comma, Arabic or Latin: the mark that sets off clauses, appositions and circumstantial phrases.</summary>
    public bool IsComma(int token) => Tokens[token].Normalized is "،" or ",";

    /// <summary>Whether one of the token's lookup forms is <paramref name="form"/> (a lookup-form word of a data file).</summary>
    public bool Is(int token, string form) => token >= 0 && token < Words.Count && Words[token].Has(form);

    public Documents.TextSpan Span(int first, int end) => new(Tokens[first].Span.Start, Tokens[end - 1].Span.End);
}
