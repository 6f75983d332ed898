namespace Marsad.Events;

/// <summary>
/// A reaction whose object is another event («أدانت الولايات المتحدة الهجوم الإلكتروني») is aimed at that event's doer:
/// a condemnation, accusation, demand or rejection with no target takes the source of the event named right after it.
/// </summary>
public sealed class ReactionTargets
{
    private const int Reach = 3;

    public IReadOnlyList<Event> Resolve(EventText text, IReadOnlyList<Event> events)
    {
        var result = events.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var reaction = result[i];
            if (reaction.Target is not null || reaction.Type is not (PloverType.ACCUSE or PloverType.REQUEST or PloverType.REJECT)) continue;
            var after = reaction.First.Trigger.End;
            var objectEvent = result.FirstOrDefault(e => e != reaction && e.Source is not null && e.Mentions.Any(m =>
                m.Sentence == reaction.First.Sentence && m.Trigger.Start >= after && WordsBetween(text, after, m.Trigger.Start) <= Reach));
            if (objectEvent?.Source is { } doer && (reaction.Source is null || !doer.SameAs(reaction.Source)))
                result[i] = reaction with { Target = doer };
        }
        return result;
    }

    private static int WordsBetween(EventText text, int from, int to) =>
        text.Tokens.Count(t => t.IsWord && t.Span.Start >= from && t.Span.End <= to);
}
