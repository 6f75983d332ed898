using System.Collections.Frozen;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the trigger matches of sentences that are sports, market or entertainment news (Resources/Events/domains.tsv):
/// there «هجوم» is a forward line or an artist's retort, «فوز» a win, «ضربة» a kick and «رفض» a club's refusal.
/// A sentence belongs to a domain when it holds at least <see cref="MinimumCues"/> distinct cue words of it; one word
/// alone («الفريق», «الحكم») is too ambiguous, except a marker that has no political sense (domains.tsv, «alone»:
/// «المباراة», «الشوط»), which is enough by itself.
/// </summary>
public sealed class DomainFilter
{
    private const int MinimumCues = 2;

    private readonly FrozenDictionary<string, string> _cues;
    private readonly FrozenSet<string> _markers;

    public DomainFilter(FrozenDictionary<string, string> cues, FrozenSet<string> markers)
    {
        _cues = cues;
        _markers = markers;
    }

    public void Filter(EventText text, List<DraftEvent> drafts)
    {
        if (drafts.Count == 0) return;
        var offDomain = new HashSet<int>();
        foreach (var sentence in drafts.Select(d => d.Trigger.Sentence).Distinct())
            if (DomainOf(text, sentence) is not null) offDomain.Add(sentence);
        if (offDomain.Count > 0) drafts.RemoveAll(d => offDomain.Contains(d.Trigger.Sentence));
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
                words.Add(WordForms.WithoutArticle(form));
                if (words.Count >= MinimumCues || _markers.Contains(form)) return domain;
                break;
            }
        }
        return null;
    }
}
