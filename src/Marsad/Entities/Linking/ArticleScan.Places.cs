using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

internal sealed partial class ArticleScan
{
    // Pronoun-carrying prepositions that may stand between a verb and its subject: تعرضت لها أنقرة.
    private static readonly HashSet<string> s_pronounPrepositions = ["له", "لها", "لهم", "عليه", "عليها", "منه", "منها", "به", "بها", "فيه", "فيها"];

    /// <summary>
    /// Whether a capital (or a city that stands for a state, تل أبيب) at <paramref name="i"/> acts and so stands for its
    /// state. The place reading is the default; the state reading needs a sign that the name acts, and no locative:
    /// <list type="bullet">
    /// <item>after a past-tense verb in ت (اتهمت تيرانا، قالت طهران), also across له/عليها (تعرضت لها أنقرة);</item>
    /// <item>after an acting word of context.tsv: relation words (مع طهران، بين واشنطن…، العقوبات على طهران),
    /// subordinators before a subject (إن أنقرة), nouns of a state's acts (موقف طهران) or present-tense verbs (تتهم واشنطن);</item>
    /// <item>right after another state mention (the object in اتهمت طهران واشنطن), or joined by و to a capital that acts
    /// (بين واشنطن وتيرانا).</item>
    /// </list>
    /// «في تيرانا»، «لدى تيرانا»، «شوارع لندن»، «مدينتي الرياض والدمام» stay places.
    /// </summary>
    private bool IsActing(int i, int stripped)
    {
        if (IsLocative(i, stripped)) return false;
        var key = Key(i);
        var p = Previous(i);
        if (p < 0) return false;
        if (stripped > 0 && key[0] == 'و')
            return _claim[p] >= 0 && _drafts[_claim[p]].Kind == MentionKind.Metonym;
        if (_claim[p] >= 0 && _drafts[_claim[p]].Type == EntityType.GPE) return true;
        if ((ContextOf(p) & ContextKind.Acting) != 0) return true;
        var verb = p;
        if (s_pronounPrepositions.Contains(Key(p)) && Previous(p) is var before && before >= 0) verb = before;
        var verbKey = Key(verb);
        return IsArabicWord(verb) && _claim[verb] == Free && verbKey.Length >= 3 && verbKey[^1] == 'ت' && verbKey[^2] != 'ا';
    }

    /// <summary>
    /// Whether a capital (or a city that stands for a state) at <paramref name="i"/> is read as the place. It is when
    /// something locative governs it: an attached ب/ل (بطهران), a locative word before it (في، لدى، إلى، من، العاصمة،
    /// مدينة، مطار… also across a nisba: العاصمة الإيرانية طهران), a movement word earlier in the clause (زار… تل أبيب),
    /// or it is coordinated with a place read as a place (في طهران وبغداد). Otherwise the capital acts — subject of a
    /// verb (اتهمت تيرانا), partner of a relation (بين واشنطن وتيرانا، مع طهران) — and stands for its state.
    /// </summary>
    private bool IsLocative(int i, int stripped)
    {
        var key = Key(i);
        for (var s = 0; s < stripped; s++)
            if (key[s] is 'ب' or 'ل') return true;

        var p = Previous(i);
        if (p >= 0)
        {
            if ((ContextOf(p) & ContextKind.Locative) != 0) return true;
            if (_claim[p] >= 0 && _drafts[_claim[p]].Kind == MentionKind.Nisba)
            {
                var before = Previous(_drafts[_claim[p]].First);
                if (before >= 0 && (ContextOf(before) & ContextKind.Locative) != 0) return true;
            }
            if (stripped > 0 && key[0] == 'و' && _claim[p] >= 0 && _drafts[_claim[p]].Rule == EntityRules.Place) return true;
        }
        for (var k = i - 1; k >= Math.Max(0, i - 8) && _sentenceOf[k] == _sentenceOf[i]; k--)
        {
            if (IsSeparator(k) && _tokens[k].Normalized is "،" or "," or "." or "؛" or ":") break;
            if ((ContextOf(k) & ContextKind.Movement) != 0) return true;
        }
        return false;
    }

    // A ministry, parliament or embassy belongs to its state, so the nisba in its name is a mention of the state;
    // in an agency's or a company's name (وكالة الأنباء الفرنسية) it only describes the organization.
    private bool IsStateBody(Draft d) =>
        d.Type == EntityType.ORG && (d.Rule is EntityRules.Embassy or EntityRules.NationalBody || _g.Find(d.EntityId)?.Kind is "state" or "parliament" or "armed");

    /// <summary>
    /// Last pass: the states named inside organization and role phrases (the nisba in «وزارة الخارجية الألمانية»,
    /// «الاحتلال» in «رئيس حكومة الاحتلال») and the places inside them («لدى تيرانا») are mentions of their own.
    /// </summary>
    private void AddNestedStates()
    {
        var containers = _drafts.Where(d => !d.Nested && (d.Kind == MentionKind.Role || IsStateBody(d)) && d.End - d.First > 1)
            .Select(d => (d.First, d.End, Role: d.Kind == MentionKind.Role))
            .Concat(_roles.Where(r => r.End - r.First > 1).Select(r => (r.First, r.End, Role: true)))
            .Distinct()
            .ToList();
        foreach (var (first, end, role) in containers)
        {
            for (var k = first + 1; k < end;)
            {
                // A role may also name the body it heads: رئيس الكنيست، الأمين العام للأمم المتحدة.
                var match = MatchName(k, e => IsState(e) || e.Kind == NameKind.Place || role && e.Entity.Type == EntityType.ORG && e.Kind == NameKind.Name,
                    allowClitics: true);
                if (match is not { } m || k + m.Length > end)
                {
                    k++;
                    continue;
                }
                var entity = m.Entry.Entity;
                if (_drafts.Any(d => d.First == k && d.End == k + m.Length)) { k += m.Length; continue; }
                if (m.Entry.Kind == NameKind.Place)
                {
                    if (entity.ActsFor is not null && IsActing(k, m.Stripped))
                        AddDraft(k, k + m.Length, m.Stripped, entity.ActsFor, ActorType(entity), MentionKind.Metonym, EntityRules.Metonym, nested: true);
                    else
                        AddDraft(k, k + m.Length, m.Stripped, entity.Id, entity.Type, MentionKind.Name, EntityRules.Place, nested: true);
                }
                else if (entity.Type == EntityType.ORG)
                    AddDraft(k, k + m.Length, m.Stripped, entity.Id, EntityType.ORG, MentionKind.Name, EntityRules.GazetteerName, nested: true);
                else
                {
                    var kind = m.Entry.Kind switch
                    {
                        NameKind.Nisba => MentionKind.Nisba,
                        NameKind.LoadedTerm => MentionKind.LoadedTerm,
                        _ => MentionKind.Name,
                    };
                    var rule = kind switch
                    {
                        MentionKind.Nisba => EntityRules.Nisba,
                        MentionKind.LoadedTerm => EntityRules.Loaded,
                        _ => EntityRules.GazetteerName,
                    };
                    AddDraft(k, k + m.Length, m.Stripped, entity.Id, EntityType.GPE, kind, rule, nested: true);
                }
                k += m.Length;
            }
        }
    }
}
