using Marsad.Text.Morphology;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// An act noun told as scheduled or still to come by words farther from it than the cues ModalityResolver reads beside
/// it: planned.
/// <list type="bullet">
/// <item>A `next` adjective (modality.tsv: المقررة، المرتقبة، المزمع، المقبلة) closing the noun's phrase, its named party
/// or genitive between: «اجتماعات وزراء خارجية دول الاتحاد الأوروبي المقررة غداً», «زيارة لوزير الخارجية مرتقبة».</item>
/// <item>A relative clause on the noun (modality.tsv `act_relative`: الذي، التي, the pronouns an act noun takes) whose
/// verb is future: «الزيارة التي سيقوم بها الوفد», «اجتماع وزراء الخارجية، الذي سيعقد الأحد».</item>
/// <item>A preposition setting the act within another (arguments.tsv `during`: خلال، أثناء) after a future verb in its
/// clause: «ستمارسها الأمم المتحدة خلال زيارتها».</item>
/// <item>A scheduling frame, a definite participle of plan or expectation with its complementiser (`before` cues:
/// «من المقرر أن», «من المتوقع أن»), reaching the whole clause after it, not the four words a `before` cue reaches:
/// «ومن المقرر أن يلقي الرئيس، وهو من أصول كينية، كلمة أمام القمة».</item>
/// </list>
/// A phrase ends at a comma (but one before its relative pronoun), a preposition, another event's verb or a clause's
/// end; a frame ends at a clause's end, a relative pronoun or a preposition of a happening before (modality.tsv
/// `presupposed`: «بعد الهجوم» was done).
/// </summary>
public sealed class ScheduledAct(EventLanguage language)
{
    // «اجتماعات وزراء خارجية دول الاتحاد الأوروبي المقررة»: the noun's genitive or named party before the adjective.
    private const int PhraseReach = 6;
    // «سنعبر عن قلقنا بخصوص التهديدات القائمة … خلال المحادثات»: the future verb's clause before the preposition.
    private const int ClauseReach = 12;

    // A clause's end (a relative pronoun or subordinator opens a clause of its own), read as the argument step reads it.
    private readonly Arguments.ClauseSyntax _syntax = new(language);

    /// <summary>Whether the act noun <paramref name="m"/> is told as still to come by its phrase, its clause or a frame.</summary>
    public bool Planned(EventText text, TriggerMatch m, ISet<int> verbStarts)
    {
        if (m.Verbal) return false;
        var sentence = text.Sentences[m.Sentence];
        return ClosingAdjective(text, m, sentence.EndToken, verbStarts) || WithinFutureAct(text, m, sentence.FirstToken) || InFrame(text, m, sentence.FirstToken);
    }

    private bool ClosingAdjective(EventText text, TriggerMatch m, int sentenceEnd, ISet<int> verbStarts)
    {
        var words = 0;
        for (var t = m.End; t < sentenceEnd && t < text.Tokens.Count && words < PhraseReach; t++)
        {
            if (text.IsComma(t))
            {
                var after = Next(text, t + 1, sentenceEnd);
                if (after < 0 || !language.IsModalityCue("act_relative", text.Words[after])) return false;
                continue;
            }
            if (text.IsSkippable(t)) continue;
            words++;
            var word = text.Words[t];
            if (language.IsModalityCue("act_relative", word))
            {
                var verb = Next(text, t + 1, sentenceEnd);
                return verb >= 0 && IsFutureVerb(text, verb);
            }
            // Right after the trigger the resolver reads it already; with the phrase between, here.
            if (words > 1 && IsCue(word, "next")) return true;
            if (verbStarts.Contains(t) || language.IsCue("stop", word) || language.IsCue("preposition", word) || Arguments.ClauseSyntax.Governed(text, t) && words > 1)
                return false;
        }
        return false;
    }

    private bool WithinFutureAct(EventText text, TriggerMatch m, int sentenceStart)
    {
        var during = UnrealizedAct.Previous(text, m.First - 1, sentenceStart);
        if (during < 0 || !language.IsCue("during", text.Words[during])) return false;
        var words = 0;
        for (var t = during - 1; t >= sentenceStart && words < ClauseReach; t--)
        {
            if (text.IsComma(t) || _syntax.IsClauseEnd(text, t)) return false;
            if (text.IsSkippable(t)) continue;
            words++;
            if (IsFutureVerb(text, t)) return true;
        }
        return false;
    }

    private bool InFrame(EventText text, TriggerMatch m, int sentenceStart)
    {
        var words = 0;
        for (var t = m.First - 1; t > sentenceStart && words < ClauseReach; t--)
        {
            if (text.IsSkippable(t)) continue;
            words++;
            var word = text.Words[t];
            if (_syntax.IsClauseEnd(text, t) || language.IsModalityCue("presupposed", word)) return false;
            if (!language.IsCue("complement", word)) continue;
            var cue = UnrealizedAct.Previous(text, t - 1, sentenceStart);
            return cue >= 0 && DefinitePlannedCue(text.Words[cue]);
        }
        return false;
    }

    // «المقرر», «المتوقع», «المرتقب»: a participle of plan or expectation written with its article, as the frame «من … أن» has it.
    private bool DefinitePlannedCue(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Prefixes[f] is "" or "و" && CliticSegmenter.OpensWithArticle(word.Forms[f])
                && language.ModalityCues.TryGetValue(word.Forms[f], out var c) && c.Modality == EventModality.Planned && c.Where is "before" or "next")
                return true;
        return false;
    }

    private bool IsCue(WordForms word, string where)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (EventLanguage.IsModalityCuePrefix(word.Prefixes[f]) && language.ModalityCues.TryGetValue(word.Forms[f], out var c) && c.Where == where && c.Modality == EventModality.Planned)
                return true;
        return false;
    }

    private static bool IsFutureVerb(EventText text, int token) =>
        text.Tokens[token].IsWord && Entities.Linking.InflectedVerb.IsFutureImperfect(text.Tokens[token].Key, text.Tokens[token].Normalized);

    private static int Next(EventText text, int from, int sentenceEnd)
    {
        var t = from;
        while (t < sentenceEnd && t < text.Tokens.Count && text.IsSkippable(t) && !text.IsComma(t)) t++;
        return t < sentenceEnd && t < text.Tokens.Count && !text.IsComma(t) ? t : -1;
    }
}
