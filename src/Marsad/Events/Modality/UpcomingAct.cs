using Marsad.Time;

namespace Marsad.Events.Modality;

/// <summary>
/// An act dated after the article's day has not happened yet: planned («تجتمع اللجنة التنفيذية غدا في جنيف», «يصل
/// الوفد الأحد المقبل»), however its verb is written (the present tells the schedule). Runs after EventSetting, on
/// the date it gave, from a time counted from the article's day or written with its year: not a month or day whose
/// year was inferred («في أغسطس», «يوم 19 أغسطس» may be last year's), nor one counted from another event or estimated.
/// An act already negated, alleged or denied keeps that. A speech act is made when uttered, and a
/// commitment (AGREE, CONCEDE) or a demand is dated by the act it commits to or asks for («أعلنت القيادة بدء هدنة
/// اعتباراً من الأحد المقبل», «ووافقت الهيئة على …، على أن يبدأ التنفيذ في حزيران المقبل»: the snn guide, §4.5): made
/// now, asserted.
/// </summary>
public sealed class UpcomingAct
{
    public void Mark(IReadOnlyList<DraftEvent> drafts, DateOnly? published)
    {
        foreach (var draft in drafts)
        {
            if (PloverTypes.IsSpeechAct(draft.Type) || draft.Modality is not (EventModality.Asserted or EventModality.Reported)) continue;
            if (draft.DatedBy is not { } time || time.Has(TimeFlags.YearInferred) || time.Has(TimeFlags.EventRelative) || time.Has(TimeFlags.Approximate)) continue;
            if (ArticleDayOrder.Compare(draft.Date, published) is not > 0) continue;
            draft.Modality = EventModality.Planned;
            draft.Intended = true;
        }
    }
}
