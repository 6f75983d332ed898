using Marsad.Entities.Gazetteer;
using Marsad.Text.Normalization;

namespace Marsad.Entities.Linking;

/// <summary>
/// A person the article names once in full and once without some links of the lineage is one person: «الأمير فيصل بن
/// خالد» is «الأمير فيصل بن خالد بن عبد العزيز» of the paragraph before, «العقيد محمد الغامدي» is «العقيد محمد بن صالح
/// الغامدي», «آل حسين» is «زيد بن محمد آل حسين», and «الأمير فيصل», a first name after a title, is «الأمير فيصل بن تركي».
/// </summary>
internal sealed class LineageNamePass(ScanState s)
{
    /// <summary>
    /// Every mention of an unknown person whose name of two words or more is another person's name in the article less
    /// links of the lineage (بن/بنت/ابن and the name after it), the same first name kept, or that is the family name with
    /// آل closing another person's name, or that is one word right after a title and the first word of another person's
    /// name (<see cref="AfterTitle"/>), is linked to that person, when
    /// exactly one person's name shortens so. A father shares no first name with his son (خالد بن سلطان is not فهد بن
    /// خالد بن سلطان), so the lineage never links the two.
    /// </summary>
    public void Run()
    {
        var names = s.Drafts.Where(d => d is { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false }).ToList();
        var people = names.Select(d => (d.EntityId, Words: Words(d))).DistinctBy(p => (p.EntityId, string.Join(' ', p.Words))).ToList();
        var titledFirstNames = names.Where(d => d.End - d.First == 1 && AfterTitle(d.First)).Select(d => d.EntityId).ToHashSet(StringComparer.Ordinal);
        var fuller = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var shorter in people)
        {
            if (shorter.Words.Length < (titledFirstNames.Contains(shorter.EntityId) ? 1 : 2) || s.Gazetteer.Find(shorter.EntityId) is not null) continue;
            foreach (var longer in people)
            {
                if (longer.EntityId == shorter.EntityId || !(shorter.Words.Length == 1
                        ? longer.Words.Length > 1 && longer.Words[0] == shorter.Words[0]
                        : Shortens(shorter.Words, longer.Words))) continue;
                fuller[shorter.EntityId] = fuller.TryGetValue(shorter.EntityId, out var other) && other != longer.EntityId ? null : longer.EntityId;
            }
        }
        if (fuller.Count == 0) return;
        foreach (var draft in s.Drafts)
        {
            var id = draft.EntityId;
            // A longer name may itself shorten a fuller one; each step adds words, so the walk ends.
            while (fuller.TryGetValue(id, out var next) && next is not null) id = next;
            draft.EntityId = id;
        }
    }

    /// <summary>
    /// Whether <paramref name="longer"/> less some of its lineage links reads <paramref name="shorter"/>: the same first
    /// word, then every word of the shorter name in order, the longer one skipping only a particle of lineage and the
    /// name after it (a compound عبد/أبو + word counted as one name); or, for a name opening with آل, the family name
    /// that closes the longer one.
    /// </summary>
    public static bool Shortens(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (longer.Count <= shorter.Count) return false;
        // «ورفع آل حسين»: the family name with آل that closes «زيد بن محمد آل حسين» names him too.
        if (shorter[0] == NameWords.Family) return longer.Skip(longer.Count - shorter.Count).SequenceEqual(shorter);
        if (shorter[0] != longer[0]) return false;
        var i = 0;
        var j = 0;
        while (j < longer.Count)
        {
            if (i < shorter.Count && shorter[i] == longer[j])
            {
                i++;
                j++;
                continue;
            }
            if (!NameWords.Lineage.Contains(longer[j]) || j + 1 >= longer.Count) return false;
            j++;
            if (longer[j] is "عبد" or "ابو" && j + 1 < longer.Count) j++;
            j++;
        }
        return i == shorter.Count;
    }

    /// <summary>
    /// Whether a title word (context.tsv `title`: الأمير، الشيخ، الدكتور) comes right before token <paramref name="first"/>:
    /// news calls a man it has named in full by his title and first name alone («الأمير فيصل» after «الأمير فيصل بن
    /// تركي»), so a one-word name there is the one person of the article whose name opens with it. A first name
    /// without a title is too common to say whose it is.
    /// </summary>
    private bool AfterTitle(int first)
    {
        var p = s.Previous(first);
        return p >= 0 && (s.ContextOf(p) & ContextKind.Title) != 0;
    }

    private string[] Words(MentionDraft d)
    {
        var words = new string[d.End - d.First];
        for (var k = d.First; k < d.End; k++) words[k - d.First] = k == d.First && d.Stripped > 0 ? MatchingKey.Of(s.Tokens[k].Normalized[d.Stripped..]) : s.Key(k);
        return words;
    }
}
