using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The patient-verb construction (arguments.tsv: <c>patient</c> «تعرض», <c>asset</c>): the one who underwent an event
/// is its target, read from the verb's subject wherever it stands («هجوم تعرضت له البلاد», «تعرضت مواقع الوزارات لهجمات»,
/// «معتقلين … تعرضوا للتعذيب», «أنظمتها تعرضت لهجوم»). Each reading is its own method over the text and the clause
/// bounds it is given, so each can be tested alone.
/// </summary>
public sealed class PatientConstruction(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// The one who underwent the event of a patient verb: «هجوم تعرضت له البلاد» (the verb after the noun), «تعرضت مواقع
    /// الوزارات الجزائرية لهجمات» (its whole subject between verb and noun, with the state of an actor in it), «معتقلين في
    /// سجن صيدنايا تعرضوا للتعذيب» (the subject first in the verb's clause), «أنظمتها تعرضت لهجوم» (an asset's owner named
    /// before it). The verb must stand in the noun's clause, with no other trigger between.
    /// </summary>
    public ActorPhrase? Patient(EventText text, TriggerMatch m, int sentenceStart, int end, bool[] isTrigger)
    {
        for (var t = m.End; t < Math.Min(end, m.End + 4); t++)
        {
            if (!language.IsCue("patient", text.Words[t])) continue;
            for (var u = t + 1; u < Math.Min(end, t + 4); u++)
            {
                if (text.IsSkippable(u) || language.IsCue("pronoun", text.Words[u])) continue;
                return text.ActorStartingAt[u] is var a and >= 0 ? text.Actors[a] : null;
            }
        }
        var verb = PatientVerbBefore(text, m, sentenceStart, isTrigger);
        if (verb < 0) return null;
        var first = verb + 1;
        while (first < m.First && text.IsSkippable(first)) first++;
        if (first < m.First) return SubjectBetween(text, first, m.First);
        return ClauseFirstActor(text, verb, sentenceStart, isTrigger) ?? AssetOwner(text, verb);
    }

    /// <summary>The patient verb whose complement the event noun is, within eight words before it in its clause, or -1.</summary>
    public int PatientVerbBefore(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        var words = 0;
        for (var t = m.First - 1; t >= sentenceStart && words < 8; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (language.IsCue("patient", text.Words[t])) return t;
            if (text.IsComma(t) || _syntax.IsClauseEnd(text, t) || isTrigger[t] || language.IsCue("complement", text.Words[t])) return -1;
            words++;
        }
        return -1;
    }

    /// <summary>
    /// The subject standing between a patient verb and its event noun: the actor phrase when it is the whole of it, else the
    /// words themselves as a phrase carrying the state of the first actor in them («مواقع عدد من الوزارات الجزائرية» DZA), or
    /// none («ثلاث ناقلات نفط»).
    /// </summary>
    public static ActorPhrase? SubjectBetween(EventText text, int first, int end)
    {
        var last = end - 1;
        while (last > first && text.IsSkippable(last)) last--;
        if (text.ActorStartingAt[first] is var a and >= 0 && text.Actors[a].End > last) return text.Actors[a];
        ActorPhrase? inside = null;
        for (var t = first; t <= last && inside is null; t++)
            if (text.ActorCovering[t] is var c and >= 0 && text.Actors[c].Country is not null) inside = text.Actors[c];
        var span = text.Span(first, last + 1);
        return ActorPhrase.CommonNoun(first, last + 1, span, text.Text, inside?.Country);
    }

    /// <summary>The first actor of the clause a verb ends («بأن معتقلين في سجن صيدنايا تعرضوا»), not governed by a preposition.</summary>
    public ActorPhrase? ClauseFirstActor(EventText text, int verb, int sentenceStart, bool[] isTrigger)
    {
        ActorPhrase? first = null;
        var words = 0;
        for (var t = verb - 1; t >= sentenceStart && words < 6; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (text.IsComma(t) || _syntax.IsClauseEnd(text, t) || isTrigger[t] || language.IsCue("complement", text.Words[t])) break;
            if (text.ActorCovering[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                t = phrase.First;
                // «بأن معتقلين»: the complementiser's letter is no preposition governing the clause's subject.
                if (!phrase.Adjectival && (_syntax.Governing(text, phrase) is null || _syntax.AfterComplement(text, phrase.First))) first = phrase;
            }
            words++;
        }
        return first;
    }

    /// <summary>«أنظمتها تعرضت لهجوم»: an asset with a possessive pronoun right before the verb belongs to the nearest earlier actor with a state.</summary>
    public ActorPhrase? AssetOwner(EventText text, int verb)
    {
        var t = verb - 1;
        while (t >= 0 && text.IsSkippable(t)) t--;
        if (t < 0 || !language.IsCue("asset", text.Words[t]) || !ClauseSyntax.HasPronounSuffix(text, t)) return null;
        for (var a = text.Actors.Count - 1; a >= 0; a--)
            if (text.Actors[a].End <= t && text.Actors[a] is { Adjectival: false, IsPlace: false, Country: not null } owner) return owner;
        return null;
    }
}
