using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// An event received («تلقى الرئيس اتصالا من…», «أنها لم تتلق طلبا من روما»): a verb of receiving (arguments.tsv, receive)
/// as the trigger's first word or shortly before it in its clause; its subject is the receiver, the recipient.
/// </summary>
public sealed class ReceivedAct(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly SubjectSearch _subjects = new(language);

    /// <summary>A verb of receiving (arguments.tsv, receive) as the trigger's first word or within three words before it, in its clause.</summary>
    public bool ReceiveVerbBefore(EventText text, TriggerMatch m, bool[] isTrigger)
    {
        for (var t = m.First; t >= Math.Max(0, m.First - 3); t--)
        {
            if (t < m.First && (_syntax.IsClauseEnd(text, t) || isTrigger[t])) return false;
            if (language.IsCue("receive", text.Words[t])) return true;
        }
        return false;
    }

    /// <summary>
    /// The receiver when the event is received («تلقى الرئيس اتصالا من…», «تسلمت الوزارة رسالة من…»): a verb of receiving
    /// (arguments.tsv, receive) as the trigger's first word or shortly before it in its clause; its subject is the receiver.
    /// </summary>
    public ActorPhrase? Receiver(EventText text, TriggerMatch m, int sentenceStart, int end, bool[] isTrigger)
    {
        var words = 0;
        for (var t = m.First; t >= sentenceStart && words < 8; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (t < m.First && (_syntax.IsClauseEnd(text, t) || isTrigger[t])) return null;
            if (language.IsCue("receive", text.Words[t]))
                return _subjects.SubjectAfter(text, t + 1, t == m.First ? end : m.First, isTrigger, t, m.End, m.WordTokens) ?? _subjects.SubjectBefore(text, t, sentenceStart, isTrigger, adjacent: true);
            if (text.ActorCovering[t] is var a and >= 0) t = text.Actors[a].First;
            words++;
        }
        return null;
    }
}
