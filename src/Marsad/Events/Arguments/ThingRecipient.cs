using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// The actor a common-noun recipient is for («حزمة مساعدات لمصر», «انضمام السويد», <see cref="ActorOfThing"/>), also after a
/// sanction's pattern that holds its own preposition («فرض حظراً على سفر ستة مسؤولين», <see cref="ThingInPattern"/>); and an
/// asset named by its owner's pronoun («أصولهم», <see cref="OwnedByPronoun"/>).
/// </summary>
public sealed class ThingRecipient(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// «حزمة مساعدات لمصر», «السماح لطائرات أمريكية», «انضمام السويد»: the actor a common noun standing as the recipient is
    /// for — its genitive right after it when named, or a phrase governed by a preposition of the one served or faced (arguments.tsv,
    /// beneficiary: ل، إلى، مع، على، ضد) within three words, in the clause. A package, a permission or an accession only
    /// says what the event is about; the state or body it is for is the recipient PLOVER codes. Not a place, not the source.
    /// </summary>
    public ActorPhrase? ActorOfThing(EventText text, ActorPhrase thing, int end, bool[] isTrigger, ActorPhrase? source, bool act = false)
    {
        // «خطف منتقدين للحكومة»: a sound masculine plural names people, who are the recipient themselves.
        var head = text.Tokens[thing.First].Key;
        if (SoundPluralEnding.Masculine(head, minLength: 5)) return null;
        var words = 0;
        // An act's object may be a construct of its own before the one it is for: «تصدير قطع غيار الطائرات إلى إسرائيل».
        for (var t = thing.End; t < end && words < (act ? 4 : 3); t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || text.IsComma(t) || text.InTime[t]) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                if (phrase.IsPlace || phrase.Adjectival || phrase == source || source?.EntityId is { } id && phrase.EntityId == id) return null;
                var governing = _syntax.Governing(text, phrase);
                // A genitive names whom the thing is for only when it is a named actor: «انضمام السويد», not «قطع غيار الطائرات»;
                // an act's genitive is whom it concerns, named or not: «سفر ستة مسؤولين».
                if (governing is null && words == 0 && (!phrase.Collective || act)) return phrase;
                if (governing is null && act)
                {
                    t = phrase.End - 1;
                    words++;
                    continue;
                }
                return governing is not null && language.IsCue("beneficiary", governing) ? phrase : null;
            }
            if (text.ActorCovering[t] >= 0) return null;
            // A count or quantifier is no word of its own («حسابات أي مصرف», «سفر ستة مسؤولين»); after an act, nor is a
            // preposition, which belongs to the phrase after it («تصدير قطع الغيار إلى إسرائيل»). After a thing the window
            // stays three words: «دعا المجتمع الدولي إلى الضغط على إسرائيل» asks the community, not Israel.
            if (CountWord.Is(text.Tokens[t]) || language.IsCue("quantifier", text.Words[t]) || act && language.IsCue("preposition", text.Words[t])) continue;
            words++;
        }
        return null;
    }

    /// <summary>
    /// «فرض حظراً على سفر ستة مسؤولين بيلاروسيين», «قيوداً على تصدير قطع الغيار إلى إسرائيل»: a pattern that holds the
    /// preposition marking its recipient and the noun after it (an act or a thing) has the recipient after its last word,
    /// as the actor that noun, an act the sanction stops, is for (<see cref="ActorOfThing"/>).
    /// </summary>
    public ActorPhrase? ThingInPattern(EventText text, TriggerMatch m, int end, bool[] isTrigger, ActorPhrase? source)
    {
        var words = m.WordTokens;
        if (words.Count < 3) return null;
        var marked = false;
        for (var w = 1; w < words.Count - 1 && !marked; w++)
            marked = language.CueForm("preposition", text.Words[words[w]]) is { } own && text.Tokens[words[w]].Key == own && m.Entry.TargetMarks.Contains(own);
        if (!marked) return null;
        var last = words[^1];
        var span = text.Span(last, last + 1);
        var thing = ActorPhrase.CommonNoun(last, last + 1, span, text.Text, null);
        return ActorOfThing(text, thing, end, isTrigger, source, act: true);
    }

    /// <summary>The pattern's last word is an asset (arguments.tsv) carrying its owner's pronoun: «أصولهم», «حساباتها».</summary>
    public bool OwnedByPronoun(EventText text, TriggerMatch m) =>
        language.IsCue("asset", text.Words[m.WordTokens[^1]]) && ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1]);
}
