using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The source given to an event mention's draft once its phrases are read (<see cref="VerbSource"/>,
/// <see cref="NounSource"/>, the target's steps): the phrase found, as an actor in its state (<see cref="ActorStates"/>);
/// else the complementiser pronoun's actor; else, with no subject of its own, one shared with another act of the sentence —
/// the act an event noun's control word goes on with, the court a sentencing verb names, the act another is set within
/// («خلال»: a call or meeting so set is between that act's parties too), a dropped or coordinated subject
/// (<see cref="DroppedSubject"/>), the main clause's subject for a circumstantial participle. One of
/// <see cref="ArgumentResolver"/>'s steps, its own type so it can be read and tested alone over <see cref="MentionArguments"/>.
/// </summary>
public sealed class SourceAssignment(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly DroppedSubject _dropped = new(language);

    /// <summary>The event's source: the phrase found, else the pronoun's, else a subject shared with another act of the sentence.</summary>
    public void Assign(MentionArguments s)
    {
        var (text, m, draft, drafts, i, sentenceStart, isTrigger) = (s.Text, s.M, s.Draft, s.Drafts, s.Index, s.SentenceStart, s.IsTrigger);
        if (s.Source is not null && s.Source != s.Target)
        {
            draft.SourcePhrase = s.Source;
            draft.Source = ActorStates.ToActor(text, s.Source, draft);
        }
        else if (s.PronounSubject is not null)
        {
            draft.Source = s.PronounSubject;
            draft.SourceInferred = true;
        }
        // «وقد أمرت بحبس ثمانية مسؤولين», «وعقد فور وصوله جلسة مباحثات»: an event noun whose control word or clause has no
        // subject of its own shares the dropped subject of that verb.
        else if (!m.Verbal && _dropped.ControlWordBefore(text, m, sentenceStart))
        {
            // «وتحقق النيابة العامة …، وقد أمرت بحبس»: the control verb goes on with its sentence's main event.
            draft.Source = s.Earlier.FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source;
            draft.SourceInferred = draft.Source is not null;
        }
        // «وحكمت محكمة فرنسية غيابياً بالسجن المؤبد»: the punishment a sentence pronounces is the court's.
        else if (!m.Verbal && _dropped.SentencingVerbBefore(text, drafts, i) is { } sentencing)
        {
            draft.Source = sentencing.Source;
            draft.SourceInferred = true;
        }
        // «قتلت القوات ثلاثة مسلحين أثناء مداهمة مخبأ»: an act set within another (arguments.tsv, during) is the doer's of
        // the act before it in its sentence.
        else if (!m.Verbal && !ClauseSyntax.HasPronounSuffix(text, m.First) && _syntax.AfterDuring(text, m, sentenceStart))
        {
            var setting = s.Earlier.LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null);
            draft.Source = setting?.Source;
            draft.SourceInferred = draft.Source is not null;
            // «حث الرئيس الفرنسي نظيره الجزائري على …، خلال اتصال هاتفي»: a meeting or a call within which the act was done
            // is between the same two parties; a party the act named (an entity or a group noun, not a thing) is its recipient.
            if (draft.Type == PloverType.CONSULT && s.Target is null && setting?.TargetPhrase is { IsPlace: false } other && (other.EntityId is not null || other.Sector is not null))
            {
                draft.Target = setting.Target;
                draft.TargetPhrase = other;
            }
        }
        // A pronoun subject that agrees with no actor of the sentence stands for none of them, nor for an earlier subject.
        else if (!s.PronounDisagreed && (m.Verbal || ClauseSyntax.HasPronounSuffix(text, m.First) || _dropped.ContinuesPreviousSentence(text, m, sentenceStart, isTrigger)))
        {
            draft.Source = _dropped.Find(text, drafts, i, sentenceStart, s.Target);
            draft.SourceInferred = draft.Source is not null;
        }
        else if (_dropped.IsCoordinated(text, drafts, i) && drafts[i - 1].Source is { } shared)
        {
            draft.Source = shared;
            draft.SourceInferred = true;
        }
        // «أغلقت السلطات مكاتب صحيفة …، متهمة إياها بنشر أخبار كاذبة»: an indefinite participle opening a clause after a
        // comma says how the main clause's subject acted; it is that subject's act.
        else if (!m.Verbal && !text.Words[m.First].IsDefinite && m.First > sentenceStart && text.IsComma(m.First - 1))
        {
            // With no act of the sentence before it holding a source («أعربت روسيا عن تعازيها …، مؤكدة دعمها»), the main
            // clause's subject.
            draft.Source = s.Earlier.FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source
                ?? _dropped.MainSubject(text, m.First, sentenceStart, draft);
            draft.SourceInferred = draft.Source is not null;
        }
    }
}
