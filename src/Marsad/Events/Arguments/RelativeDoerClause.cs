using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// «الهجوم الذي شنه مسلحون على قرية», «الغارات التي نفذتها الطائرات على مواقع المتمردين», «الاعتداء من قبل مستوطنين على
/// المسجد»: when an event noun's doer is named after it by a relative clause, a doer verb or an agent phrase
/// (arguments.tsv: relative, doer_verb, agent), that clause stands between the noun and the preposition marking its
/// recipient. The recipient search, which stops at the relative pronoun and finds nothing before the doer, starts after the
/// doer instead — only when nothing but those words (a nisba of the noun before them, the agent's preposition, a resumptive
/// preposition) stands between the noun and the doer: a recipient there («الاعتداء على المسجد من قبل مستوطنين», «مقتل شرطي
/// برصاص مسلحين») is where the search looks first.
/// </summary>
public sealed class RelativeDoerClause(EventLanguage language)
{
    /// <summary>Where the recipient search of the event noun <paramref name="m"/> starts when <paramref name="source"/> is a doer named after it; -1 otherwise.</summary>
    public int RecipientFrom(EventText text, TriggerMatch m, ActorPhrase? source, IReadOnlyList<string> marks)
    {
        if (source is null || source.First <= m.End) return -1;
        var introduced = false;
        for (var t = m.End; t < source.First; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] >= 0) return -1;
            var word = text.Words[t];
            if (language.IsCue("relative", word) || language.IsCue("doer_verb", word) || language.IsCue("agent", word)) introduced = true;
            // «الهجوم الإرهابي الذي شنه»: a definite nisba adjective of the definite noun before the clause (an indefinite
            // word after an indefinite noun may be its genitive, «مقتل شرطي برصاص»); «من قبل», «على يد»: the agent's preposition.
            else if (!introduced && word.IsDefinite && text.Words[m.First].IsDefinite && NisbaAdjective.IsAnyNumber(text.Tokens[t])) continue;
            else if (language.CueForm("preposition", word) is { } preposition)
            {
                if (marks.Contains(preposition) || t + 1 >= source.First || !language.IsCue("agent", text.Words[t + 1])) return -1;
            }
            // «التي دعت إليها»: the preposition carrying the noun's pronoun after a doer verb.
            else if (!(introduced && language.IsCue("resumptive", word))) return -1;
        }
        return introduced ? source.End : -1;
    }
}
