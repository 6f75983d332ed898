using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The acts whose subject is their recipient, read into a mention's <see cref="MentionArguments"/>: an act received —
/// «تلقى الرئيس اتصالا من نظيره», «أنها لم تتلق طلبا من روما» — whose receiver (the subject or a complementiser's
/// pronoun) is the recipient and the one after «من» the doer (<see cref="ReceivedAct"/>); and a visit hosted — «استقبل
/// الرئيس الوزير», or a meeting in the subject's own state — whose host is the recipient and the guest its maker. One of
/// <see cref="ArgumentResolver"/>'s steps, run once the source and the target are found and before the weaker target
/// readings.
/// </summary>
public sealed class ReceiverAndHost(EventLanguage language)
{
    private readonly RecipientSearch _recipients = new(language);
    private readonly ReceivedAct _received = new(language);

    /// <summary>An act received, then a visit hosted: each swaps the roles the subject and the object were read in.</summary>
    public void Read(MentionArguments s)
    {
        ReadReceiving(s);
        SwapHost(s);
    }

    /// <summary>An event received: the receiver is the recipient, the one after من acted (ReceivedAct).</summary>
    private void ReadReceiving(MentionArguments s)
    {
        var (text, m, draft, sentenceStart, end, isTrigger) = (s.Text, s.M, s.Draft, s.SentenceStart, s.End, s.IsTrigger);
        // «أكدت الوزارة أنها لم تتلق طلبا من روما»: the pronoun received; the one after من acted.
        if (s.PronounSubject is not null && _received.ReceiveVerbBefore(text, m, isTrigger))
        {
            // What one receives comes from a state, so a capital after من stands for it («طلبا من روما»).
            s.Source = _recipients.ActorAfter(text, "من", m.End, end, isTrigger, capitals: true);
            s.PronounReceiver = s.PronounSubject;
            s.PronounSubject = null;
            draft.Received = s.Source is not null;
        }
        // «تلقى الرئيس اتصالا هاتفيا من نظيره»: the receiver is the recipient, the one after من acted.
        else if (_received.Receiver(text, m, sentenceStart, end, isTrigger) is { } receiver)
        {
            var sender = _recipients.ActorAfter(text, "من", m.End, end, isTrigger);
            if (sender is not null || receiver != s.Source)
            {
                s.Source = sender;
                s.Target = receiver;
                draft.Received = sender is not null;
            }
        }
    }

    /// <summary>A visit hosted: the host is its recipient, the guest made it.</summary>
    private void SwapHost(MentionArguments s)
    {
        var (text, m) = (s.Text, s.M);
        // «استقبل الرئيس الوزير»: the host is the recipient of the visit, the one received made it.
        if (m.Verbal && language.IsCue("host", text.Words[m.First]) && s.Source is not null && s.Target is not null)
            (s.Source, s.Target) = (s.Target, s.Source);
        // «بيروت - التقى رئيس الحكومة اللبنانية الموفد الفرنسي»: a meeting in the subject's own state is a visit it hosts.
        else if (m.Verbal && language.IsCue("meet", text.Words[m.First]) && s.Source is { Country: { } home } && s.Target is { Country: { } guest }
                 && home != guest && MeetsAtHome(text, m.Sentence, home, s.Source, s.Target))
            (s.Source, s.Target) = (s.Target, s.Source);
    }

    /// <summary>
    /// A place or state name of the host's state in the sentence other than the two parties («يزور القاهرة»), or the
    /// article's dateline in it («بيروت -»; a capital is read as its state).
    /// </summary>
    private static bool MeetsAtHome(EventText text, int sentence, string state, ActorPhrase host, ActorPhrase guest)
    {
        var first = ClauseSyntax.NextWord(text, 0, text.Tokens.Count);
        foreach (var actor in text.Actors)
        {
            if (actor.Country != state || actor.Adjectival || actor == host || actor == guest
                || !actor.IsPlace && !EntityId.Is(actor.EntityId, EntityType.GPE)) continue;
            if (text.SentenceOf[actor.First] == sentence || actor.First == first) return true;
        }
        return false;
    }
}
