using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// What a protest faces, read from its grievance or demand (arguments.tsv: <c>grievance</c>): the actor named right after
/// «احتجاجاً على», «للمطالبة ب», «تنديداً ب».
/// </summary>
public sealed class ProtestGrievance(EventLanguage language)
{
    /// <summary>
    /// «تظاهر آلاف الصرب في بلغراد، السبت، للمطالبة باستقالة الحكومة», «أضرب عمال الميناء احتجاجاً على خطة الحكومة»: what a
    /// protest faces is the first actor (not a place, not a lone nisba) within four words after a grievance word of
    /// arguments.tsv, in the protest's sentence, within twelve words of its trigger. Commas may stand between: a date or
    /// place often comes first.
    /// </summary>
    public ActorPhrase? Target(EventText text, TriggerMatch m, int end)
    {
        if (m.Entry.Type != PloverType.PROTEST) return null;
        var words = 0;
        for (var t = m.End; t < end && words < 12; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Normalized is "؛" or ";" or "." or ":") return null;
            words++;
            if (!language.IsCue("grievance", text.Words[t])) continue;
            var after = 0;
            for (var u = t + 1; u < end && after < 4; u++)
            {
                if (text.IsSkippable(u)) continue;
                if (text.Tokens[u].Normalized is "؛" or ";" or "." or ":" or "،" or ",") return null;
                if (text.ActorStartingAt[u] is var a and >= 0)
                {
                    var phrase = text.Actors[a];
                    if (!phrase.IsPlace && !phrase.Adjectival) return phrase;
                    u = phrase.End - 1;
                }
                after++;
            }
            return null;
        }
        return null;
    }
}
