using Marsad.Events.Lexicon;

namespace Marsad.Events.Incidents;

/// <summary>
/// Builds a cyber incident from each cyber event with a victim:
/// <list type="bullet">
/// <item>impacts: phrases of Resources/Events/impacts.tsv in the sentences that mention the attack;</item>
/// <item>attributions: accusations in the article aimed at the initiator (by their source, with their modality), and the
/// speakers of quotes that mention the attack;</item>
/// <item>responses: events mentioned before the attack in one sentence with a cause phrase between them (responses.tsv:
/// «ردا على», «بسبب», «بعد تحقيق في»), and condemnations, offers, aid and praise whose sentence names the attack after them.</item>
/// </list>
/// </summary>
public sealed class IncidentBuilder(EventLanguage language)
{
    public IReadOnlyList<CyberIncident> Build(EventText text, IReadOnlyList<Event> events)
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
                var phrase = text.Actors.FirstOrDefault(a => a.Span == speaker.Span);
                var by = phrase?.ToActor() ?? new EventActor(speaker.EntityId, speaker.Text, speaker.Span, null, null);
                Add(attributions, new IncidentAttribution(by, attack.Source is null ? EventModality.Reported : EventModality.Alleged));
            }
            var responses = events.Where(e => e != attack && IsResponse(text, e, attack)).Select(e => e.Id).ToList();
            incidents.Add(new CyberIncident("i" + (incidents.Count + 1), attack.Id, attack.Target, attack.Source, attack.Date, impacts, attributions, responses));
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

    private bool IsResponse(EventText text, Event candidate, Event attack)
    {
        // The attack itself, and accusations of it (they are attributions), are not responses.
        if (candidate.Mode is "cyber" or "allege") return false;
        var reaction = candidate.Type is PloverType.ACCUSE or PloverType.AGREE or PloverType.AID or PloverType.SUPPORT or PloverType.SANCTION
            or PloverType.COOPERATE or PloverType.REQUEST;
        foreach (var mention in candidate.Mentions)
        {
            foreach (var hit in attack.Mentions)
            {
                if (hit.Sentence != mention.Sentence || hit.Trigger.Start <= mention.Trigger.End) continue;
                if (HasCause(text, mention.Trigger.End, hit.Trigger.Start)) return true;
                if (reaction && candidate.Type != PloverType.SANCTION) return true;
            }
        }
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
