using Marsad.Documents;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// A claim that someone is behind an attack the article names: who is claimed (the initiator), who claims it (the quote's
/// speaker, the subject of the saying verb, or the doer itself when it claims responsibility), and how the text presents
/// it (<see cref="EventModality.Alleged"/> when another party claims or conjectures it, <see cref="EventModality.Reported"/>
/// when the doer claims it). <see cref="Trigger"/> is the span of the mention of the attack the claim is about.
/// </summary>
public sealed record InvolvementClaim(TextSpan Trigger, EventActor Claimed, EventActor? By, EventModality Modality);

/// <summary>
/// Finds involvement claims before a mention of a cyberattack: a link phrase of Resources/Events/involvement.tsv right
/// before it («تقف وراء الهجوم», «مسؤوليتها عن الاختراق»), the first actor of the clause opened by إن/أن before the phrase
/// as the claimed doer («رجّح المركز أن تكون مجموعة قراصنة … وراء الهجوم»), and the speaker or the subject before إن/أن as the
/// claimant. The mention, when nothing else named its doer, takes the claimed doer as its source, alleged.
/// </summary>
public sealed class InvolvementClaims(EventLanguage language)
{
    private const int LinkReach = 4;
    private const int MaxDescribedWords = 6;

    public IReadOnlyList<InvolvementClaim> Find(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        var claims = new List<InvolvementClaim>();
        foreach (var draft in drafts)
        {
            if (draft.Mode != "cyber" || draft.SourceInferred) continue;
            var sentence = text.Sentences[draft.Trigger.Sentence];
            var mention = draft.Trigger.First;
            var link = -1;
            for (var s = mention - 1; s >= Math.Max(sentence.FirstToken, mention - LinkReach) && link < 0; s--)
                if (language.InvolvementLinks.MatchAt(text.Words, s, mention) is { } m && m.End == mention) link = s;
            if (link < 0) continue;
            var complement = -1;
            for (var t = link - 1; t >= sentence.FirstToken && complement < 0; t--)
                if (language.IsCue("complement", text.Words[t])) complement = t;
            var clauseStart = complement >= 0 ? complement + 1 : Math.Max(sentence.FirstToken, draft.QuoteStart >= 0 ? TokenAt(text, draft.QuoteStart) : 0);
            var claimed = text.Actors.FirstOrDefault(a => a.First >= clauseStart && a.End <= link && !a.Adjectival && !a.IsPlace);
            if ((claimed?.ToActor() ?? Described(text, clauseStart, link)) is not { } doer) continue;
            // «مجموعة مرتبطة بالاستخبارات الروسية»: a doer of no state of its own is tied to the state its clause names.
            if (doer.Country is null && StateIn(text, clauseStart, link) is { } tied) doer = doer with { Country = tied };
            var hedged = Enumerable.Range(sentence.FirstToken, link - sentence.FirstToken).Any(t => text.Words[t].Forms.Any(language.InvolvementHedges.Contains));
            EventActor? by = draft.SpeakerActor;
            if (by is null && complement >= 0) by = Claimant(text, sentence.FirstToken, complement);
            var modality = by is null && !hedged ? EventModality.Reported : EventModality.Alleged;
            claims.Add(new InvolvementClaim(text.Span(draft.Trigger.First, draft.Trigger.SpanEnd), doer, by ?? (hedged ? null : doer), modality));
            if (draft.Source is null)
            {
                draft.Source = doer;
                draft.SourcePhrase = claimed;
                if (draft.Modality.Rank() < modality.Rank()) draft.Modality = modality;
            }
        }
        return claims;
    }

    // A doer no actor phrase names: the words of the clause before the link («مجموعة مرتبطة بالاستخبارات الروسية»), in the
    // state a nisba among them names.
    private static EventActor? Described(EventText text, int first, int link)
    {
        var words = Enumerable.Range(first, Math.Max(0, link - first)).Where(t => !text.IsSkippable(t) && text.Tokens[t].IsWord).ToList();
        if (words.Count is 0 or > MaxDescribedWords) return null;
        var span = text.Span(words[0], words[^1] + 1);
        return new EventActor(null, span.Slice(text.Text), span, StateIn(text, first, link), null);
    }

    private static string? StateIn(EventText text, int first, int link) =>
        text.Actors.FirstOrDefault(a => a.First >= first && a.End <= link && a.Country is not null)?.Country;

    private static int TokenAt(EventText text, int offset)
    {
        for (var t = 0; t < text.Tokens.Count; t++)
            if (text.Tokens[t].Span.End > offset) return t;
        return text.Tokens.Count;
    }

    // Who says it: an actor before إن/أن in the sentence, else the words between the saying verb and إن/أن («رجّح المركز أن»).
    private static EventActor? Claimant(EventText text, int first, int complement)
    {
        var phrase = text.Actors.LastOrDefault(a => a.First >= first && a.End <= complement && !a.Adjectival);
        if (phrase is not null) return phrase.ToActor();
        var words = Enumerable.Range(first + 1, Math.Max(0, complement - first - 1)).Where(t => !text.IsSkippable(t)).ToList();
        if (words.Count is 0 or > 4) return null;
        var span = text.Span(words[0], words[^1] + 1);
        return new EventActor(null, span.Slice(text.Text), span, null, null);
    }
}
