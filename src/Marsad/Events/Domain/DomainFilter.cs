using System.Collections.Frozen;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the trigger matches of sentences that are sports, market or entertainment news (Resources/Events/domains.tsv):
/// there «هجوم» is a forward line or an artist's retort, «فوز» a win, «ضربة» a kick and «رفض» a club's refusal.
/// A sentence belongs to a domain when it holds at least <see cref="MinimumCues"/> distinct cue words of it; one word
/// alone («الفريق», «الحكم») is too ambiguous, except a marker that has no political sense (domains.tsv, «alone»:
/// «المباراة», «الشوط»), which is enough by itself.
/// A civic domain (domains.tsv, «civic»: schooling, business, culture, leisure) shares its people with public life —
/// students march, companies are sanctioned, tourists are attacked — so it silences only the talk and dealings of its
/// sentence («رحب الأساتذة والطلاب بتعيين العميد», «اجتمع مديرو الشركة بالمساهمين»), not a demand, a criticism or a
/// refusal, and only in a sentence with no act of force or protest (then the sentence is about that act, and a
/// condemnation of it stays) and no actor phrase of public life (a sector other than <see cref="CivicSectors"/>:
/// a government, a force, a party, a court, an international body).
/// </summary>
public sealed class DomainFilter
{
    private const int MinimumCues = 2;

    /// <summary>Sectors of civic life (actor-nouns.tsv): business, schooling, health, civilians, workers, associations, media.</summary>
    private static readonly FrozenSet<string> CivicSectors = FrozenSet.ToFrozenSet(["BUS", "EDU", "HLH", "CVL", "LAB", "NGO", "MED"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _cues;
    private readonly FrozenSet<string> _markers;
    private readonly FrozenSet<string> _civic;

    public DomainFilter(FrozenDictionary<string, string> cues, FrozenSet<string> markers, FrozenSet<string> civicDomains)
    {
        _cues = cues;
        _markers = markers;
        _civic = civicDomains;
    }

    public void Filter(EventText text, List<DraftEvent> drafts)
    {
        if (drafts.Count == 0) return;
        var offDomain = new HashSet<int>();
        var civic = new HashSet<int>();
        foreach (var sentence in drafts.Select(d => d.Trigger.Sentence).Distinct())
        {
            if (DomainOf(text, sentence) is not { } domain) continue;
            if (!_civic.Contains(domain)) offDomain.Add(sentence);
            else if (!HasPublicParty(text, sentence) && !drafts.Any(d => d.Trigger.Sentence == sentence && ForceOrProtest(d))) civic.Add(sentence);
        }
        if (offDomain.Count > 0 || civic.Count > 0)
            drafts.RemoveAll(d => offDomain.Contains(d.Trigger.Sentence) || civic.Contains(d.Trigger.Sentence) && Dealing(d.Type));
    }

    // «قصفت الطائرات المدرسة», «أدان الأهالي قصف المدرسة», «أضرب المعلمون»: force or a protest makes a civic sentence news.
    private static bool ForceOrProtest(DraftEvent draft) => PloverTypes.IsForce(draft.Type) || draft.Type is PloverType.PROTEST;

    // The talk and dealings of civic life: meetings, welcomes, agreements, cooperation, help, resignations, dismissals.
    // A demand, a criticism or a refusal («ناشد أصحاب المدارس الوزارة», «انتقد الأساتذة المناهج») presses on public life and stays.
    private static bool Dealing(PloverType type) =>
        type is PloverType.AGREE or PloverType.CONSULT or PloverType.SUPPORT or PloverType.COOPERATE or PloverType.AID
            or PloverType.RETREAT or PloverType.CONCEDE or PloverType.SANCTION;

    // An actor phrase of the sentence with a sector of public life: a government, a force, a party, a court, a state.
    private static bool HasPublicParty(EventText text, int sentenceIndex)
    {
        var sentence = text.Sentences[sentenceIndex];
        foreach (var actor in text.Actors)
            if (actor.First >= sentence.FirstToken && actor.First < sentence.EndToken
                && actor.Sector is { } sector && !CivicSectors.Contains(sector))
                return true;
        return false;
    }

    /// <summary>The non-political domain the sentence belongs to, or null.</summary>
    public string? DomainOf(EventText text, int sentenceIndex)
    {
        var sentence = text.Sentences[sentenceIndex];
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var t = sentence.FirstToken; t < sentence.EndToken && t < text.Tokens.Count; t++)
        {
            var forms = text.Words[t].Forms;
            for (var f = 0; f < forms.Count; f++) // indexed: no enumerator per token
            {
                var form = forms[f];
                if (!_cues.TryGetValue(form, out var domain)) continue;
                if (!seen.TryGetValue(domain, out var words)) seen[domain] = words = new HashSet<string>(StringComparer.Ordinal);
                words.Add(CliticSegmenter.WithoutArticle(form, 1));
                if (words.Count >= MinimumCues || _markers.Contains(form)) return domain;
                break;
            }
        }
        return null;
    }
}
