using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// A denial written after a claim that answers it: the act the claim tells is denied (<see cref="ModalityResolver"/>
/// applies it to alleged and reported acts only; the claim itself, a speech act, was still made). Two readings:
/// <list type="bullet">
/// <item>a back-reference to the clause (arguments.tsv back_reference: وهو، الأمر) with a relative (back_relative: ما،
/// الذي) and a denial cue of modality.tsv, in that order after the trigger in its sentence: «…، وهو ما نفته الحكومة»;</item>
/// <item>a denial cue whose object points back at what was told — a demonstrative (arguments.tsv demonstrative: ذلك،
/// تلك) or a back-reference noun (الأمر) — after the trigger in its sentence, or among the first words of the next
/// sentence before any comma: «…، إلا أن الوزارة نفت الأمر», «. لكن الحركة نفت ذلك», «لكن موسكو تنفي تلك التهم».</item>
/// </list>
/// A denial or a word of contrast whose object is a report (modality.tsv report: تقارير، أنباء، صحة، ما تردد، ما أشيع)
/// answers reports: «…، نافية تقارير إيطالية بهذا الشأن», «…، على عكس ما أشيع» (<see cref="CountersReports"/>) set
/// a negated act against what was told, which the dev sets code denied; «نفت الوزارة صحة ما تردد … عن منع» denies the
/// act noun the reports tell of however far it stands (<see cref="DeniesReports"/>).
/// </summary>
public sealed class LaterDenial(EventLanguage language)
{
    /// <summary>How far into the next sentence its denial may stand: a contrast word, a subject and the verb.</summary>
    private const int NextSentenceReach = 7;

    public bool Denies(EventText text, int triggerEnd, int sentence)
    {
        var end = text.Sentences[sentence].EndToken;
        for (var t = triggerEnd; t < end && t < text.Tokens.Count; t++)
        {
            if (t + 2 < end && language.IsCue("back_reference", text.Words[t]) && language.IsCue("back_relative", text.Words[t + 1]))
                return IsDenial(text, t + 2);
            if (DeniesWhatWasTold(text, t, end)) return true;
        }
        if (sentence + 1 >= text.Sentences.Count) return false;
        var next = text.Sentences[sentence + 1];
        var words = 0;
        for (var t = next.FirstToken; t < next.EndToken && t < text.Tokens.Count && words < NextSentenceReach; t++)
        {
            if (text.IsComma(t)) break;
            if (text.IsSkippable(t)) continue;
            words++;
            if (DeniesWhatWasTold(text, t, next.EndToken)) return true;
        }
        return false;
    }

    /// <summary>How many words after a denial or contrast word its report word may stand («نفت الوزارة صحة ما تردد»).</summary>
    private const int ReportReach = 3;

    /// <summary>
    /// A denial or a word of contrast after the trigger in its sentence whose object is a report: «…، نافية تقارير
    /// إيطالية», «…، على عكس ما أشيع». The negation before it is set against what was told: denied.
    /// </summary>
    public bool CountersReports(EventText text, int triggerEnd, int sentence)
    {
        var end = text.Sentences[sentence].EndToken;
        for (var t = triggerEnd; t < end && t < text.Tokens.Count; t++)
            if ((IsDenial(text, t) || language.IsModalityCue("contrary", text.Words[t])) && ReportFollows(text, t, end)) return true;
        return false;
    }

    /// <summary>The denial cue at <paramref name="denial"/> takes a report as its object: it reaches all it tells.</summary>
    public bool DeniesReports(EventText text, int denial, int end) => IsDenial(text, denial) && ReportFollows(text, denial, end);

    // A report word within a few words after the cue; the words of a named actor («نفت وزارة الصحة») are not its object.
    private bool ReportFollows(EventText text, int cue, int end)
    {
        var words = 0;
        for (var t = cue + 1; t < end && t < text.Tokens.Count && words < ReportReach; t++)
        {
            if (text.IsComma(t)) break;
            if (text.IsSkippable(t) || text.ActorCovering[t] >= 0) continue;
            words++;
            if (language.IsModalityCue("report", text.Words[t])) return true;
        }
        return false;
    }

    // «نفت الأمر», «تنفي ذلك», «نفى هذه الاتهامات»: the denial's object is what the text told before. A report noun is
    // not (« … لمجرد نفي الشائعات» speaks of rumours in general), unless it answers a negation (CountersReports).
    private bool DeniesWhatWasTold(EventText text, int token, int end) =>
        token + 1 < end && IsDenial(text, token)
        && (language.IsCue("demonstrative", text.Words[token + 1]) || language.IsCue("back_reference", text.Words[token + 1]));

    private bool IsDenial(EventText text, int token) =>
        text.Words[token].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var c) && c.Modality == EventModality.Denied);
}
