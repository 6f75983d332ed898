using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// A reception told after an arrival («وصل الرئيس الفرنسي إلى الرياض مساء أمس، واستقبله ولي العهد»): a verb of hosting a
/// visit (CAMEO 043) carrying its object as a pronoun, after a verb of arriving (arguments.tsv, arrival) in its sentence,
/// received the one who arrived: the arrival's subject is the reception's recipient, the host its source.
/// </summary>
public sealed class ArrivalReception(EventLanguage language)
{
    private readonly SubjectSearch _subjects = new(language);

    /// <summary>The visitor a hosting verb's object pronoun stands for: the subject of the nearest arrival verb before it in its sentence; or null.</summary>
    public ActorPhrase? Visitor(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        if (m.Entry.Cameo != "043" || !m.Verbal || !ClauseSyntax.HasPronounSuffix(text, m.First)) return null;
        for (var t = m.First - 1; t >= sentenceStart; t--)
            if (language.IsCue("arrival", text.Words[t]))
                return _subjects.SubjectAfter(text, t + 1, m.First, isTrigger, t);
        return null;
    }
}
