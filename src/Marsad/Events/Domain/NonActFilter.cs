using System.Collections.Frozen;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

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
    private readonly FrozenDictionary<string, string> _words = language.NonActWords;
    private readonly ClauseSyntax _syntax = new(language);

    public void Filter(EventText text, List<DraftEvent> drafts) =>
        drafts.RemoveAll(d => Ruled(text, d.Trigger) || d.Source is null && d.Target is null && NoAct(text, d.Trigger));

    // «ويعاقب القانون على المخالفة بالسجن»: a rule has no parties, but the arguments read the law or the penalty's
    // bounds as one, so its words decide whatever they found.
    private bool Ruled(EventText text, TriggerMatch trigger)
    {
        var (start, _) = Clause(text, trigger);
        for (var t = start; t <= trigger.WordTokens[^1]; t++)
            if (ClassOf(text, t) == "law") return true;
        return false;
    }

    private bool NoAct(EventText text, TriggerMatch trigger)
    {
        var (start, end) = Clause(text, trigger);
        var first = trigger.WordTokens[0];
        var last = trigger.WordTokens[^1];
        if (trigger.Entry.Type is PloverType.THREATEN && !trigger.Entry.Verbal) return Danger(text, start, first, last, end);
        for (var t = start; t < end; t++)
        {
            switch (ClassOf(text, t))
            {
                case "habit":
                case "possible" when t < first:
                    return true;
                // «وقد تتعرض للاتهام»; «قد نفذ» is done.
                case "may" when t < first && ClauseSyntax.NextWord(text, t + 1, end) is var verb && verb < end
                                && ImperfectVerbShape.IsImperfect(text.Tokens[verb].Key):
                    return true;
            }
        }
        // «المعارك السياسية»: the adjective of the act's own noun, not of an object its pattern names («التوقيع على اتفاق سياسي»).
        if (trigger.Verbal || trigger.WordTokens.Count > 1) return false;
        var next = ClauseSyntax.NextWord(text, last + 1, end);
        return next < end && ClassOf(text, next) == "figure";
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

    private string? ClassOf(EventText text, int token)
    {
        var forms = text.Words[token].Forms;
        for (var f = 0; f < forms.Count; f++)
            if (_words.TryGetValue(forms[f], out var kind)) return kind;
        return null;
    }

    /// <summary>The tokens [start, end) of the trigger's clause: from after the last clause end or comma before it to the next after it.</summary>
    private (int Start, int End) Clause(EventText text, TriggerMatch trigger)
    {
        var sentence = text.Sentences[trigger.Sentence];
        var last = Math.Min(sentence.EndToken, text.Tokens.Count);
        var start = trigger.WordTokens[0];
        while (start > sentence.FirstToken && !Ends(text, start - 1)) start--;
        var end = trigger.WordTokens[^1] + 1;
        while (end < last && !Ends(text, end)) end++;
        return (start, end);
    }

    private bool Ends(EventText text, int token) => text.IsComma(token) || _syntax.IsClauseEnd(text, token);
}
