using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient of an act that answers another: a request whose answer the sentence tells was put to the one who
/// answers («رفضت بغداد طلباً كويتياً», <see cref="Answerer"/>), and an acceptance or refusal of a definite offer noun
/// targets whoever made the offer («وقبل أردوغان الدعوة», <see cref="OfferMaker"/>).
/// </summary>
public sealed class AnswerTarget(EventLanguage language)
{
    private readonly SubjectSearch _subjects = new(language);

    /// <summary>
    /// Whom a request was put to, when a word answering it (arguments.tsv, answer) stands right before its noun, an actor
    /// between at most: that actor (VSO: «رفضت الحكومة طلب النقابات»), else the actor right before the verb (SVO: «بغداد
    /// رفضت طلباً كويتياً»), else — a noun of answering or a verb whose subject is dropped («أعلنت الجماعة وقف الهجمات، استجابة
    /// لنداء المبعوث») — the subject of the sentence's first act.
    /// </summary>
    public EventActor? Answerer(EventText text, IReadOnlyList<DraftEvent> drafts, int index, int sentenceStart, bool[] isTrigger)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        if (m.Verbal || m.Entry.Type != PloverType.REQUEST) return null;
        var t = ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        ActorPhrase? between = null;
        if (t >= sentenceStart && text.ActorCovering[t] is var a and >= 0)
        {
            between = text.Actors[a];
            t = ClauseSyntax.PreviousWord(text, between.First - 1, sentenceStart);
        }
        if (t < sentenceStart || !language.IsCue("answer", text.Words[t])) return null;
        if (between is not null)
            return between.IsPlace || between.Adjectival ? null : ActorStates.ToActor(text, between, draft);
        if (_subjects.SubjectBefore(text, t, sentenceStart, isTrigger, adjacent: true) is { } subject) return ActorStates.ToActor(text, subject, draft);
        return drafts.Take(index).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source;
    }

    /// <summary>
    /// Who made the offer an acceptance or refusal answers, when the answer's pattern ends with a definite noun and no
    /// owner is named after it («وقبل أردوغان الدعوة», «ورفضت الحكومة العرض»): the article points back to the nearest act
    /// told earlier in this sentence or the one before by another actor, naming no recipient or the one answering now;
    /// its doer made the offer.
    /// </summary>
    public EventActor? OfferMaker(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        if (m.Entry.Type is not (PloverType.AGREE or PloverType.REJECT) || draft.Source is not { } answerer || m.WordTokens.Count < 2) return null;
        var noun = m.WordTokens[^1];
        if (!text.Words[noun].IsDefinite || noun + 1 < text.Tokens.Count && text.ActorStartingAt[noun + 1] >= 0) return null;
        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = drafts[j];
            if (earlier.Trigger.Sentence < m.Sentence - 1) break;
            // The offer's own recipient, when the act names one, is the one answering or of its state («دعا … نظيره التركي»,
            // then «وقبل أردوغان»).
            if (earlier.Source is { } maker && !SameSide(maker, answerer) && (earlier.Target is null || SameSide(earlier.Target, answerer))) return maker;
        }
        return null;
    }

    /// <summary>The same actor, or two of one state («نظيره التركي» and «أردوغان»).</summary>
    private static bool SameSide(EventActor a, EventActor b) => a.SameAs(b) || a.Country is not null && a.Country == b.Country;
}
