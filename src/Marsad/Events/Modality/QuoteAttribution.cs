using Marsad.Entities.Gazetteer;
using Marsad.Events.Actors;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Quotes;

namespace Marsad.Events.Modality;

/// <summary>
/// Attributes each event mention whose trigger stands inside a quote (the quote step's layer) to the quote's speaker,
/// and notes the speaker's state (an unnamed official's, his body's: <see cref="SpeakerParty"/>), which «بلادنا» and «الحكومة» in the quote refer to.
/// </summary>
public sealed class QuoteAttribution(EventLanguage language, EntityGazetteer gazetteer)
{
    private readonly SpeakerParty _party = new(language);

    public void Attribute(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        if (text.Quotes.Count == 0) return;
        foreach (var draft in drafts)
        {
            var trigger = text.Tokens[draft.Trigger.First].Span;
            var quote = text.Quotes.FirstOrDefault(q => q.Span.Contains(trigger));
            if (quote is null) continue;
            if (quote.Speaker is not { } speaker)
            {
                // Told by someone the quote step could not name: reported, on no named source's word.
                draft.InSpeakerlessQuote = true;
                draft.QuoteClosedByAttribution = ClosedByAttribution(quote);
                continue;
            }
            draft.AttributedTo = new EventAttribution(speaker.EntityId, speaker.Text);
            draft.SpeakerId = speaker.EntityId;
            draft.SpeakerCountry = CountryOf(text, speaker.EntityId);
            draft.QuoteStart = quote.Span.Start;
            draft.QuoteClosedByAttribution = ClosedByAttribution(quote);
            // The phrase that names the speaker, when the events step knows it as an actor, carries its state and sector.
            var phrase = text.Actors.FirstOrDefault(a => a.Span.Start <= speaker.Span.Start && speaker.Span.Start < a.Span.End && !a.Adjectival);
            draft.SpeakerActor = phrase is { EntityId: var id } && (id == speaker.EntityId || speaker.EntityId is null)
                ? phrase.ToActor()
                : new EventActor(speaker.EntityId, speaker.Text, speaker.Span, draft.SpeakerCountry, null);
            // «قال مسؤول في الحكومة الصومالية: «لم نسمح…»»: the nameless official speaks for his body and its state.
            if (phrase is not null && speaker.EntityId is null && _party.Of(text, phrase) is { } party)
            {
                draft.SpeakerParty = party.ToActor();
                draft.SpeakerCountry ??= party.Country;
            }
        }
    }

    // «…، بحسب مصادر أمنية»: reported speech whose attribution comes after it.
    private static bool ClosedByAttribution(Quote quote) =>
        quote.Kind == QuoteKind.Indirect && quote.Cue is { } cue && cue.Span.Start >= quote.Span.End;

    private string? CountryOf(EventText text, string? entityId)
    {
        if (entityId is null) return null;
        var phrase = text.Actors.FirstOrDefault(a => a.EntityId == entityId && a.Country is not null);
        if (phrase is not null) return phrase.Country;
        var known = gazetteer.Find(entityId);
        return Countries.Alpha3(known?.Iso ?? known?.Country ?? known?.Roles.FirstOrDefault()?.Iso);
    }
}
