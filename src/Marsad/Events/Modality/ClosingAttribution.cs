using Marsad.Events.Lexicon;
using Marsad.Quotes;

namespace Marsad.Events.Modality;

/// <summary>
/// An attribution that closes the clause after a comma — «، بحسب الهلال الأحمر», «، وفق مصدر عسكري», «، حسبما أفاد
/// المرصد» — tells every act before it in its sentence on that source's word: reported, as both development sets code
/// it. The quote step attributes such a clause only to a source it knows by name or by a source noun; here any word
/// after the phrase may name the source («بحسب المرصد», «بحسب وزارتي الدفاع»: bodies the actor finder does not know),
/// and after «ما» and a verb («بحسب ما أفادت») any source does. An abstract noun of arguments.tsv after it («وفق الخطة»,
/// «حسب الاتفاقية») is what the act follows, not who told it; a law or rule outside that class («وفق القانون») would
/// still be read as a source (not seen on the 300-article SaudiNewsNet sample). The phrases are the quote step's
/// (Resources/Quotes/attributions.tsv): one list of attributions.
/// </summary>
public sealed class ClosingAttribution(QuoteLexicon lexicon, EventLanguage language)
{
    /// <summary>Whether an attribution closes the clause of a trigger ending at <paramref name="from"/>, in its sentence
    /// up to a clause end (؛ or a full stop), and its source when the events step reads an actor phrase there.</summary>
    public (bool Found, EventAttribution? Source) After(EventText text, int from, int sentenceEnd)
    {
        for (var t = from; t + 1 < sentenceEnd && t + 1 < text.Tokens.Count; t++)
        {
            var token = text.Tokens[t].Normalized;
            if (token is "؛" or ";" or ".") break;
            if (token is not ("،" or ",")) continue;
            foreach (var phrase in lexicon.AttributionsStartingWith(text.Tokens[t + 1].Key))
            {
                var end = t + 1 + phrase.Words.Count;
                if (end >= sentenceEnd || !Matches(text, t + 1, phrase)) continue;
                if (phrase.Follows == AttributionFollows.VerbThenSource) return (true, null);
                if (text.ActorStartingAt[end] is var a and >= 0) return (true, new EventAttribution(text.Actors[a].EntityId, text.Actors[a].Text));
                if (lexicon.Source(text.Tokens[end].Key) is not null || NamesSomeone(text, end)) return (true, null);
                break;
            }
        }
        return (false, null);
    }

    // «بحسب المرصد», «بحسب وزارتي الدفاع»: a body the actor finder does not know still names someone, unless the noun is
    // an abstract matter of arguments.tsv («وفق الخطة», «بحسب الاتفاقية»: what the act follows, not who told it).
    private bool NamesSomeone(EventText text, int token) =>
        text.Tokens[token].Kind == Text.Tokenization.TokenKind.ArabicWord && !language.IsCue("abstract", text.Words[token]);

    private static bool Matches(EventText text, int first, AttributionPhrase phrase)
    {
        for (var w = 1; w < phrase.Words.Count; w++)
            if (first + w >= text.Tokens.Count || text.Tokens[first + w].Key != phrase.Words[w]) return false;
        return true;
    }
}

