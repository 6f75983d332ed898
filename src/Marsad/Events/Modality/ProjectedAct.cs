using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Modality;

/// <summary>
/// An act still to come because someone hopes for it or sets it as a term; ModalityResolver makes it planned.
/// <list type="bullet">
/// <item>Hoped: a word of hoping (modality.tsv hope_that) that governs the trigger's verb through «أنْ» («أعرب عن أمله أن
/// تنسحب القوات», «على أمل أن», «تأمل الحكومة أن»). Not a name spelled like the noun («قالت أمل إن …», inside an actor or
/// before «إنّ»), nor the speaker's own hope that another acts («نأمل أن تفرج واشنطن عن …»: an appeal, which PLOVER codes
/// as a request, not an act projected).</item>
/// <item>Stipulated: an imperfect verb right after «أنْ» that a word of stipulation governs (modality.tsv stipulation:
/// «على أن تتسلم القاهرة الطائرات المتبقية بحلول 2019»), a term set.</item>
/// </list>
/// </summary>
public sealed class ProjectedAct(EventLanguage language)
{
    // «إنّ» is written with its hamza below the alef, «أنْ» (which governs the subjunctive) with it above; matching keys
    // fold both, so the written word tells them apart.
    private const char HamzaBelow = 'إ';

    /// <summary>The hope cue at <paramref name="cue"/> governs the trigger's verb: the act hoped for is still to come.</summary>
    public bool Hoped(EventText text, int cue, int trigger) =>
        text.ActorCovering[cue] < 0 && !SpeakersOwn(text, cue) && HopedClause(text, cue, trigger);

    /// <summary>The trigger is an imperfect verb right after «أنْ» that a word of stipulation governs.</summary>
    public bool Stipulated(EventText text, TriggerMatch m, int sentenceStart)
    {
        if (!m.Verbal || !text.Words[m.First].Forms.Any(f => ImperfectVerbShape.IsImperfect(f))) return false;
        var complement = ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        if (complement < sentenceStart || text.Words[complement].Forms.Count == 0 || !language.IsCue("complement", text.Words[complement].Forms[0])
            || text.Tokens[complement].Normalized.StartsWith(HamzaBelow)) return false;
        var governor = ClauseSyntax.PreviousWord(text, complement - 1, sentenceStart);
        return governor >= sentenceStart && language.IsModalityCue("stipulation", text.Words[governor]);
    }

    // The complementiser between the hope and the verb is «أنْ», not the «إنّ» that follows a verb of saying.
    private bool HopedClause(EventText text, int cue, int trigger) =>
        CueComplement.At(language, text, cue, trigger) is var at and >= 0 && !text.Tokens[at].Normalized.StartsWith(HamzaBelow);

    // A word of hoping in the first person plural: the imperfect in ن («نأمل») or the perfect or possessive in نا («أملنا»).
    // The letters are FirstPersonShape's, as the quote step reads them on its cues of saying (QuoteRecognizer.FirstPerson),
    // but on purpose not the prefix of «I»: the singular «آمل» is written as the noun «أمل» (hope) itself, so «we» only;
    // and, unlike a cue of saying, a word of hoping may be a noun, so its possessive «نا» counts too.
    private static bool SpeakersOwn(EventText text, int t)
    {
        var key = CliticSegmenter.WithoutConjunction(text.Tokens[t].Key, 4);
        return key.Length > 3 && (FirstPersonShape.OpensImperfect(key, singular: false) || FirstPersonShape.EndsWithWe(key));
    }
}
