using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// What a protest faces, read from its grievance or demand (arguments.tsv: <c>grievance</c>): the actor named right after
/// «احتجاجاً على», «للمطالبة ب», «تنديداً ب»; else from where it stands (<c>site</c>): the body whose seat it was held
/// before, «اعتصم المعلمون أمام مقر وزارة التربية».
/// </summary>
public sealed class ProtestGrievance(EventLanguage language)
{
    /// <summary>
    /// «تظاهر آلاف الصرب في بلغراد، السبت، للمطالبة باستقالة الحكومة», «أضرب عمال الميناء احتجاجاً على خطة الحكومة»: what a
    /// protest faces is the first actor (not a place, not a lone nisba) within four words after a grievance word of
    /// arguments.tsv, in the protest's sentence, within twelve words of its trigger. Commas may stand between: a date or
    /// place often comes first.
    /// </summary>
    public ActorPhrase? Target(EventText text, TriggerMatch m, int end) =>
        m.Entry.Type == PloverType.PROTEST ? ActorAfterCue(text, "grievance", m.End, end, reach: 12, after: 4, commaEnds: false) : null;

    /// <summary>
    /// «تجمع المحتجون أمام البرلمان»: the first actor (not a place, not a lone nisba) within three words after a site word
    /// of arguments.tsv that stands in the trigger or within eight words after its first word, in its clause: a seat noun
    /// («مقر»، «مبنى») may stand between. A protest held before a body's seat is put to that body.
    /// </summary>
    public ActorPhrase? Site(EventText text, TriggerMatch m, int end) =>
        m.Entry.Type == PloverType.PROTEST ? ActorAfterCue(text, "site", m.First + 1, end, reach: 8, after: 3, commaEnds: true) : null;

    private ActorPhrase? ActorAfterCue(EventText text, string cue, int from, int end, int reach, int after, bool commaEnds)
    {
        var words = 0;
        for (var t = from; t < end && words < reach; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (EndsSentence(text, t) || commaEnds && text.Tokens[t].Normalized is "،" or ",") return null;
            words++;
            if (!language.IsCue(cue, text.Words[t])) continue;
            var seen = 0;
            for (var u = t + 1; u < end && seen < after; u++)
            {
                if (text.IsSkippable(u)) continue;
                if (EndsSentence(text, u) || text.Tokens[u].Normalized is "،" or ",") return null;
                if (text.ActorStartingAt[u] is var a and >= 0)
                {
                    var phrase = text.Actors[a];
                    if (!phrase.IsPlace && !phrase.Adjectival) return phrase;
                    u = phrase.End - 1;
                }
                seen++;
            }
            return null;
        }
        return null;
    }

    private static bool EndsSentence(EventText text, int t) => text.Tokens[t].Normalized is "؛" or ";" or "." or ":";
}
