using Marsad.Text.Morphology;

namespace Marsad.Events;

/// <summary>
/// The tense a verb trigger is written in (<see cref="VerbTenses.Of"/>), which tells happenings of one kind apart
/// (<see cref="MentionMerger"/>): the perfect («هاجمت», «ونفذت الضربة») tells a deed done, the indicative imperfect a
/// habit, a present stance or a deed to come («تنفذ طائرات ضربات», «يشنون هجماتهم», «نرحب», «سيتفاوض»).
/// </summary>
public enum VerbTense
{
    /// <summary>A noun, or a verb whose tense tells nothing of when: one of purpose («ليفجر») or a jussive after a negation («لم يعتقل»).</summary>
    None,
    Perfect,
    Imperfect,
}

public static class VerbTenses
{
    /// <summary>
    /// The tense of <paramref name="draft"/>'s trigger: the imperfect by its written shape (ImperfectVerbShape) in a form
    /// reached past at most a conjunction (the article a deeper form drops makes no «تقى» of «والتقى»), the perfect
    /// otherwise; none for a noun, a negated act, a verb governed by the letter of purpose or of a preposition, or one
    /// opening with a hamza (the first person's imperfect «أرفض» is written as the fourth form's perfect «أطلق»).
    /// </summary>
    public static VerbTense Of(EventText text, DraftEvent draft)
    {
        var trigger = draft.Trigger;
        if (!trigger.Verbal || draft.Modality == EventModality.Negated) return VerbTense.None;
        var word = text.Words[trigger.First];
        if (word.Forms.Count == 0 || word.GovernedBy('ل') || word.GovernedBy('ب')) return VerbTense.None;
        // «أرفض» (I reject) and «أطلق» (he fired) are written alike: a hamza verb may be either tense.
        if (CliticSegmenter.WithoutConjunction(word.Written, 3).StartsWith('أ')) return VerbTense.None;
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Prefixes[f].TrimStart('و', 'ف').Length == 0 && ImperfectVerbShape.IsImperfect(word.Forms[f])) return VerbTense.Imperfect;
        return VerbTense.Perfect;
    }
}
