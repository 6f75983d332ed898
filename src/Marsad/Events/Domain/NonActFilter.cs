using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Events.Modality;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops a mention that names no act one party did to another (non-acts.tsv, by class). A rule of law (<c>law</c> in its
/// clause, at or before it: «ويعاقب بالسجن مدة لا تقل عن خمس سنوات», «ينص على تجريم الدعوة»; after it the verb tells what
/// its object lays down, «توصلوا إلى اتفاق ينص على») goes whatever parties the arguments read into it («القانون», the
/// penalty's bounds). Otherwise only a mention the arguments left with neither source nor target is asked — a named
/// party makes an act specific whatever surrounds it — and it goes when its words say it is: a possibility (<c>possible</c>
/// before it in its clause: «يمكن أن يكونوا سبباً في تدميرها»; <c>may</c>, «قد», before an imperfect), a habit (<c>habit</c> in its clause: «ثم يبدأون
/// الهجوم دائماً»), a figure (<c>figure</c> right after an event noun: «المعارك السياسية», «التدريبات الرياضية»). A threat named by a noun with
/// nobody making it and nobody threatened («التهديد الذي نواجهه», «التهديد أخذ بعداً إقليمياً») is a danger, no act,
/// unless it is suffered (a `patient` verb before it) or its agent named (an `agent` cue after it, «من قبل»). Runs after the arguments and the passes that give a complement or an included act its intent's parties or
/// drop it, and before the passes that group, date and merge mentions, so such a mention
/// neither counts as an event nor joins a real one.
/// </summary>
public sealed class NonActFilter(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly PossibleAct _possible = new(language);

    public void Filter(EventText text, List<DraftEvent> drafts) =>
        drafts.RemoveAll(d => Ruled(text, d.Trigger) || d.Source is null && d.Target is null && NoAct(text, d.Trigger));

    // «ويعاقب القانون على المخالفة بالسجن»: a rule has no parties, but the arguments read the law or the penalty's
    // bounds as one, so its words decide whatever they found.
    private bool Ruled(EventText text, TriggerMatch trigger)
    {
        var (start, _) = _syntax.ClauseAround(text, trigger);
        for (var t = start; t <= trigger.WordTokens[^1]; t++)
            if (language.NonActClass(text.Words[t]) == "law") return true;
        return false;
    }

    private bool NoAct(EventText text, TriggerMatch trigger)
    {
        var (start, end) = _syntax.ClauseAround(text, trigger);
        var first = trigger.WordTokens[0];
        var last = trigger.WordTokens[^1];
        if (trigger.Entry.Type is PloverType.THREATEN && !trigger.Entry.Verbal) return Danger(text, start, first, last, end);
        if (_possible.Marks(text, trigger)) return true;
        for (var t = start; t < end; t++)
            if (language.NonActClass(text.Words[t]) == "habit") return true;
        // «المعارك السياسية»: the adjective of the act's own noun, not of an object its pattern names («التوقيع على اتفاق سياسي»).
        if (trigger.Verbal || trigger.WordTokens.Count > 1) return false;
        var next = ClauseSyntax.NextWord(text, last + 1, end);
        return next < end && language.NonActClass(text.Words[next]) == "figure";
    }

    // A threat suffered from someone is one made, named or not: «تعرضت لتهديدات بالإغلاق», «التعرض للتهديد من قبل عناصر».
    private bool Danger(EventText text, int start, int first, int last, int end)
    {
        for (var t = start; t < first; t++)
            if (language.IsCue("patient", text.Words[t])) return false;
        for (var t = last + 1; t < end; t++)
            if (language.IsCue("agent", text.Words[t])) return false;
        return true;
    }
}
