using Marsad.Documents;
using Marsad.Events.Actors;
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
/// claimant; or a claim verb before its subject and the mention («وتبنت مجموعة قراصنة مغربية الهجوم»), the doer claiming
/// the act itself. The attack is a cyberattack or any ASSAULT. The mention, when nothing else named its doer, takes the
/// claimed doer as its source, alleged (reported when the doer claims it).
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
            if (!IsAttack(draft) || draft.SourceInferred) continue;
            var sentence = text.Sentences[draft.Trigger.Sentence];
            var mention = draft.Trigger.First;
            var link = -1;
            for (var s = mention - 1; s >= Math.Max(sentence.FirstToken, mention - LinkReach) && link < 0; s--)
                if (language.InvolvementLinks.MatchAt(text.Words, s, mention) is { } m && m.End == mention) link = s;
            if (link < 0)
            {
                if (VerbClaim(text, sentence.FirstToken, mention) is { } own) Claim(text, draft, claims, own.Doer, own.Phrase, own.Doer, EventModality.Reported);
                continue;
            }
            var complement = -1;
            for (var t = link - 1; t >= sentence.FirstToken && complement < 0; t--)
                if (language.IsCue("complement", text.Words[t])) complement = t;
            var clauseStart = complement >= 0 ? complement + 1 : Math.Max(sentence.FirstToken, draft.QuoteStart >= 0 ? TokenAt(text, draft.QuoteStart) : 0);
            // «ولم يعلن أي فصيل مسؤوليته»: a negated claim names nobody.
            if (Enumerable.Range(clauseStart, link - clauseStart).Any(t => language.IsCue("negation", text.Words[t]))) continue;
            // «تحديد المسؤولين عن هجمات»: outside cyberattacks (whose articles name few other doers), a definite link word is a
            // noun phrase about whoever it was, not a claim about someone.
            if (draft.Mode != "cyber" && text.Words[link].IsDefinite) continue;
            var claimed = text.Actors.FirstOrDefault(a => a.First >= clauseStart && a.End <= link && !a.Adjectival && !a.IsPlace);
            if (Doer(text, claimed, clauseStart, link) is not { } doer) continue;
            var hedged = Enumerable.Range(sentence.FirstToken, link - sentence.FirstToken).Any(t => text.Words[t].Forms.Any(language.InvolvementHedges.Contains));
            EventActor? by = draft.SpeakerActor;
            if (by is null && complement >= 0) by = Claimant(text, sentence.FirstToken, complement);
            var modality = by is null && !hedged ? EventModality.Reported : EventModality.Alleged;
            Claim(text, draft, claims, doer, claimed, by ?? (hedged ? null : doer), modality);
        }
        return claims;
    }

    /// <summary>
    /// An act someone can be behind: a cyberattack, or any ASSAULT (a bombing, an abduction: «أعلن التنظيم مسؤوليته عن
    /// التفجير»).
    /// </summary>
    private static bool IsAttack(DraftEvent draft) => draft.Mode == "cyber" || draft.Type == PloverType.ASSAULT;

    private static void Claim(EventText text, DraftEvent draft, List<InvolvementClaim> claims, EventActor doer, ActorPhrase? claimed, EventActor? by, EventModality modality)
    {
        claims.Add(new InvolvementClaim(text.Span(draft.Trigger.First, draft.Trigger.SpanEnd), doer, by, modality));
        // A doer claiming the act itself outweighs a nisba read after the noun («خطف مهندسين صينيين»: the nisba is the
        // hostages' state, not the kidnappers').
        var ownClaim = by is not null && by.SameAs(doer);
        if (draft.Source is null || (ownClaim && draft.SourcePhrase is { Adjectival: true }))
        {
            draft.Source = doer;
            draft.SourcePhrase = claimed;
        }
        // An act known by its doer's claim («أعلن التنظيم مسؤوليته عن التفجير») is reported, whoever the syntax named first.
        if (draft.Source is { } source && source.SameAs(doer) && draft.Modality.Rank() < modality.Rank()) draft.Modality = modality;
    }

    /// <summary>
    /// «وتبنت مجموعة قراصنة مغربية الهجوم»: a claim verb (involvement.tsv, claim) within reach before the mention, in its
    /// clause, with only its subject between: the subject (an actor phrase filling the gap, else the words themselves) is the doer.
    /// </summary>
    private (EventActor Doer, ActorPhrase? Phrase)? VerbClaim(EventText text, int sentenceStart, int mention)
    {
        var verb = -1;
        for (var t = mention - 1; t >= Math.Max(sentenceStart, mention - MaxDescribedWords - 1) && verb < 0; t--)
        {
            if (text.IsComma(t) || language.IsCue("stop", text.Words[t])) return null;
            if (text.Words[t].Forms.Any(language.InvolvementClaimVerbs.Contains)) verb = t;
        }
        if (verb < 0 || verb + 1 >= mention || Enumerable.Range(Math.Max(sentenceStart, verb - 2), verb - Math.Max(sentenceStart, verb - 2)).Any(t => language.IsCue("negation", text.Words[t])))
            return null;
        var first = verb + 1;
        while (first < mention && text.IsSkippable(first)) first++;
        var phrase = text.Actors.FirstOrDefault(a => a.First == first && a.End == mention && !a.Adjectival && !a.IsPlace);
        return Doer(text, phrase, first, mention) is { } doer ? (doer, phrase) : null;
    }

    // The claimed doer: its actor phrase, else the words of its clause; «مجموعة مرتبطة بالاستخبارات الروسية»: a doer of no
    // state of its own is tied to the state its clause names.
    private static EventActor? Doer(EventText text, ActorPhrase? phrase, int first, int end)
    {
        if ((phrase?.ToActor() ?? Described(text, first, end)) is not { } doer) return null;
        return doer.Country is null && StateIn(text, first, end) is { } tied ? doer with { Country = tied } : doer;
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
