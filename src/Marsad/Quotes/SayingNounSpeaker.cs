namespace Marsad.Quotes;

/// <summary>
/// Who speaks at a noun of saying (a cue of the noun form: «بالقول», «بقوله»), when no subject is written after it: with a
/// pronoun, the one the pronoun stands for; with ب and no pronoun, the subject of the verb it goes with. Moved whole out of
/// <see cref="SpeakerFinder"/> (split51), whose phrases it reads, so the noun's reading is a type of its own.
/// </summary>
internal sealed class SayingNounSpeaker(QuoteContext context, SpeakerFinder speakers)
{
    private readonly QuoteContext _c = context;

    private const int MaxReachOfVerbalNoun = 40;

    /// <summary>«، بقوله: «…»»: a noun of saying with a pronoun names its speaker by the pronoun — the one whose words the
    /// clause before it reports — not by a name written near it.</summary>
    public bool SaysThroughItsPronoun(int noun) => speakers.HasEnclitic(noun);

    /// <summary>
    /// «يفسر البعض هذا الأمر بالقول إنه…»، «يعلِّق جبر الشوفي، …، على مذبحة إدلب …، بالقول: «…»»: a noun of saying with
    /// the preposition ب and no pronoun of its own tells how the subject of the verb it goes with spoke. That verb is the
    /// nearest earlier verb of saying or masculine imperfect in the sentence; its subject is the phrase written after it
    /// when it names someone (a mention, a source noun or a definite noun), else null.
    /// </summary>
    public SpeakerPhrase? GoverningVerbSubject(int noun)
    {
        if (!_c.HasPreposition(noun) || speakers.HasEnclitic(noun)) return null;
        var sentenceStart = _c.SentenceStart(noun);
        for (var t = noun - 1; t >= sentenceStart && noun - t <= MaxReachOfVerbalNoun; t--)
        {
            if (!_c.IsWord(t) || _c.MentionAt(t) is not null || !(_c.Lexicon.Cue(_c.Key(t)) is { Form: CueForm.Verb } || speakers.LooksLikeVerb(t))) continue;
            if (speakers.After(t) is not { } phrase || phrase.End > noun) return null;
            return _c.MentionAt(phrase.First) is not null || speakers.Definite(phrase.First) || _c.Lexicon.Source(_c.Key(phrase.First)) is not null ? phrase : null;
        }
        return null;
    }
}
