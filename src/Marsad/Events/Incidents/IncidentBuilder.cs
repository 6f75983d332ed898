using Marsad.Events.Lexicon;
using Marsad.Events.Modality;

namespace Marsad.Events.Incidents;

/// <summary>
/// Builds a cyber incident from each cyber event with a victim:
/// <list type="bullet">
/// <item>impacts: phrases of Resources/Events/impacts.tsv in the sentences that mention the attack;</item>
/// <item>attributions: accusations in the article aimed at the initiator (by their source, with their modality), and the
/// speakers of quotes that mention the attack;</item>
/// <item>responses: events mentioned before the attack in one sentence with a cause phrase between them (responses.tsv:
/// «ردا على», «بسبب», «بعد تحقيق في»), events after a cause phrase that leads the attack's mention («وردا على الهجوم،
/// طردت…»), condemnations, offers, aid and praise whose sentence names the attack after them, and reactions coordinated
/// after a response by the same party;</item>
/// <item>initiator: the attack's source, else the doer an involvement claim names (<see cref="InvolvementClaims"/>), whose
/// claimant is an attribution.</item>
/// </list>
/// </summary>
public sealed class IncidentBuilder(EventLanguage language)
{
    public IReadOnlyList<CyberIncident> Build(EventText text, IReadOnlyList<Event> events, IReadOnlyList<InvolvementClaim>? claims = null)
    {
        var incidents = new List<CyberIncident>();
        foreach (var attack in events)
        {
            if (attack.Mode != "cyber" || attack.Target is null) continue;
            var sentences = attack.Mentions.Select(m => m.Sentence).Distinct().ToList();
            var impacts = FindImpacts(text, sentences);
            var attributions = new List<IncidentAttribution>();
            if (attack.Source is { } initiator)
            {
                foreach (var accusation in events)
                {
                    if (accusation.Type != PloverType.ACCUSE || accusation.Mode != "allege" || accusation.Source is null) continue;
                    if (accusation.Target is null || !accusation.Target.SameAs(initiator)) continue;
                    Add(attributions, new IncidentAttribution(accusation.Source, accusation.Modality));
                }
            }
            foreach (var mention in attack.Mentions)
            {
                var quote = text.Quotes.FirstOrDefault(q => q.Span.Contains(mention.Trigger) && q.Speaker is not null);
                if (quote?.Speaker is not { } speaker) continue;
                // A quote that only names the attack again («الهجوم استخدم برمجية فدية») attributes it to nobody.
                if (attack.Source is { } named && !quote.Span.Contains(named.Span) && !mention.Sentence.Contains(named.Span)) continue;
                var phrase = text.Actors.FirstOrDefault(a => a.Span == speaker.Span);
                var by = phrase?.ToActor() ?? new EventActor(speaker.EntityId, speaker.Text, speaker.Span, null, null);
                Add(attributions, new IncidentAttribution(by, attack.Source is null ? EventModality.Reported : EventModality.Alleged));
            }
            // Claims that someone is behind one of its mentions («رجّح المركز أن تكون مجموعة … وراء الهجوم»).
            var doer = attack.Source;
            foreach (var claim in claims ?? [])
            {
                if (!attack.Mentions.Any(m => m.Trigger == claim.Trigger)) continue;
                doer ??= claim.Claimed;
                // «مجموعة مرتبطة بالاستخبارات الروسية تقف وراء الهجوم» attributes an attack laid at Russia's door to Russia.
                var sameParty = claim.Claimed.SameAs(doer) || (claim.Claimed.Country is { } state && state == doer.Country);
                if (claim.By is { } by && sameParty) Add(attributions, new IncidentAttribution(by, claim.Modality));
            }
            var responses = events.Where(e => e != attack && IsResponse(text, e, attack)).ToList();
            // A reaction coordinated after a response in its sentence, by the same party («طردت … واستدعت السفير»), is one too.
            responses.AddRange(events.Where(e => e != attack && !responses.Contains(e) && IsReaction(e) && responses.Any(r => Coordinated(r, e))));
            var ids = responses.OrderBy(e => events.ToList().IndexOf(e)).Select(e => e.Id).ToList();
            incidents.Add(new CyberIncident("i" + (incidents.Count + 1), attack.Id, attack.Target, doer, attack.Date, impacts, attributions, ids));
        }
        return incidents;
    }

    private static void Add(List<IncidentAttribution> attributions, IncidentAttribution attribution)
    {
        if (!attributions.Any(a => a.By.SameAs(attribution.By) && a.Modality == attribution.Modality)) attributions.Add(attribution);
    }

    private List<IncidentImpact> FindImpacts(EventText text, IReadOnlyList<Documents.TextSpan> sentences)
    {
        var impacts = new List<IncidentImpact>();
        foreach (var sentence in text.Sentences.Where(s => sentences.Contains(s.Span)))
        {
            var end = Math.Min(sentence.EndToken, text.Tokens.Count);
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (language.Impacts.MatchAt(text.Words, t, end) is not { } match) continue;
                var span = text.Span(match.First, match.End);
                impacts.Add(new IncidentImpact(span.Slice(text.Text), span));
                t = match.End - 1;
            }
        }
        return impacts;
    }

    private static bool IsReaction(Event e) =>
        e.Mode is not ("cyber" or "allege") && e.Type is PloverType.ACCUSE or PloverType.AGREE or PloverType.AID or PloverType.SUPPORT
            or PloverType.SANCTION or PloverType.COOPERATE or PloverType.REQUEST;

    private static bool Coordinated(Event response, Event next) =>
        response.Mentions.Any(r => next.Mentions.Any(n => n.Sentence == r.Sentence && n.Trigger.Start > r.Trigger.End))
        && (next.Source is null || response.Source is null || next.Source.SameAs(response.Source));

    private bool IsResponse(EventText text, Event candidate, Event attack)
    {
        // The attack itself, and accusations of it (they are attributions), are not responses.
        if (candidate.Mode is "cyber" or "allege") return false;
        var reaction = IsReaction(candidate);
        foreach (var mention in candidate.Mentions)
        {
            foreach (var hit in attack.Mentions)
            {
                if (hit.Sentence != mention.Sentence) continue;
                // «وردا على الهجوم الإلكتروني، طردت الدنمارك …»: the cause phrase leads the sentence, right before the attack.
                if (hit.Trigger.End <= mention.Trigger.Start && CauseRightBefore(text, hit.Trigger.Start)) return true;
                if (hit.Trigger.Start <= mention.Trigger.End) continue;
                if (HasCause(text, mention.Trigger.End, hit.Trigger.Start)) return true;
                if (reaction && candidate.Type != PloverType.SANCTION) return true;
            }
        }
        return false;
    }

    // A cause phrase that ends where the attack's mention begins.
    private bool CauseRightBefore(EventText text, int attackStart)
    {
        var at = -1;
        for (var t = 0; t < text.Tokens.Count && text.Tokens[t].Span.Start < attackStart; t++) at = t;
        for (var t = Math.Max(0, at - 2); t <= at; t++)
            if (language.Responses.MatchAt(text.Words, t, at + 1) is { } match && match.End == at + 1) return true;
        return false;
    }

    // A cause phrase between the response and the attack: «… ردا على الهجوم», «… بسبب ما قالت الرياض إنه هجوم».
    private bool HasCause(EventText text, int from, int to)
    {
        for (var t = 0; t < text.Tokens.Count; t++)
        {
            var span = text.Tokens[t].Span;
            if (span.Start < from) continue;
            if (span.Start >= to) break;
            if (language.Responses.MatchAt(text.Words, t, text.Tokens.Count) is not null) return true;
        }
        return false;
    }
}
