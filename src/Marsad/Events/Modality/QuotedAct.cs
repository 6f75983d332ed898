namespace Marsad.Events.Modality;

/// <summary>
/// The modality of an act told in a quote (<see cref="QuoteAttribution"/> marked it): reported on the speaker's word,
/// unless it is the speaker's own speech act (a condemnation it voices is asserted); in a quote whose speaker the quote
/// step could not name, reported too; an act in the background of a quote closed by an attribution, on no one's word.
/// Moved whole out of <see cref="ModalityResolver"/> (split51), the first cue pass it runs on each mention.
/// </summary>
public sealed class QuotedAct(ClosingAttribution closingAttribution)
{
    /// <summary>
    /// <paramref name="modality"/> made reported when the act of <paramref name="draft"/> is told on a speaker's word;
    /// a background act loses the attribution the quote gave it (<see cref="DraftEvent.AttributedTo"/> set to null).
    /// </summary>
    public EventModality Read(EventText text, DraftEvent draft, int sentenceStart, EventModality modality)
    {
        var m = draft.Trigger;
        if (draft.AttributedTo is not null)
        {
            // The speaker's own speech act: its source is the speaker, by entity, or as the quote's unnamed speaker
            // standing for a first-person verb («قال قائد الجيش: «… فإننا سنلاحق العصابات»»).
            var ownSpeech = PloverTypes.IsSpeechAct(draft.Type) && draft.Source is { } source
                            && (source.EntityId is { } s && s == draft.SpeakerId || ReferenceEquals(source, draft.SpeakerActor) || ReferenceEquals(source, draft.SpeakerParty))
                            // «وقعنا اليوم اتفاقاً»: a first-person perfect tells of an act done before the words that report it.
                            && !(m.Verbal && Arguments.ClauseSyntax.IsFirstPersonPerfect(text, m.First));
            // «…غداة هجوم انتحاري، بحسب مصادر أمنية»: an attribution the quote step made a quote reaches no background
            // act, as one closing the clause does not (ModalityResolver): asserted, on no source's word.
            var background = draft.QuoteClosedByAttribution && closingAttribution.Background(text, m, sentenceStart);
            if (background) draft.AttributedTo = null;
            else if (!ownSpeech) modality = ModalityResolver.Stronger(modality, EventModality.Reported);
        }
        // «قائلين بأنه يفرض قيوداً» with no speaker the quote step could name: still told on someone's word.
        else if (draft.InSpeakerlessQuote && !(draft.QuoteClosedByAttribution && closingAttribution.Background(text, m, sentenceStart)))
            modality = ModalityResolver.Stronger(modality, EventModality.Reported);
        return modality;
    }
}
