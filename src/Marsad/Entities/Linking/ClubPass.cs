using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Linking;

/// <summary>
/// A club named after its city or state: «فريق برشلونة», «نادي موناكو», «لاعب روما», «برشلونة الإسباني». Sports copy
/// names most clubs by their town, and the place a pass or the tagger read there is the club, one ORG mention: the
/// club organizations.tsv lists under that name, or an unknown organization. Two signs tell the club from the place:
/// <list type="bullet">
/// <item>a word of a club right before it in construct (context.tsv `club`: نادي، فريق, before a city or a state;
/// `clubmember`: لاعب، مدرب, before a city only — «لاعب مصر» plays for his national team, which ANERcorp tags as the
/// state);</item>
/// <item>a state's nisba right after it, definite and masculine singular: a town's name is feminine in Arabic («برشلونة
/// الإسبانية» is the city), so a masculine adjective agrees with the club it stands for («برشلونة الإسباني», «موناكو
/// الفرنسي»). Not where that adjective agrees with a masculine word before the place — a facility («مطار عمان الأردني»),
/// a place head or a place word that is a noun («شمال أفريقيا»: any place word longer than a particle; a facility's word
/// even with a proclitic on the place: «ميناء لوريان الفرنسي») — nor where it opens a person's name («انضم إلى روما
/// الإيطالي ماريو …»), nor after a place with the article (الجولان، العراق) or of several words («إقليم كردستان»):
/// masculine names, or headed by a masculine noun.</item>
/// </list>
/// </summary>
internal sealed class ClubPass(ScanState s)
{
    public void Run()
    {
        foreach (var place in s.Drafts.ToList())
        {
            if (place.Type is not (EntityType.LOC or EntityType.GPE) || place.Kind != MentionKind.Name || place.Nested) continue;
            if (!AfterClubWord(place) && !BeforeMasculineNisba(place)) continue;
            var text = s.NameText(place.First, place.End, place.Stripped, place.FusedArticle);
            var club = s.Gazetteer.Lookup(PhraseKey.Join(PhraseKey.Split(text))).FirstOrDefault(e => e.Entity.Kind == NameMatcher.ClubKind)?.Entity.Id;
            s.RemoveDrafts([place]);
            s.AddDraft(place.First, place.End, place.Stripped, club ?? s.RegisterUnknown(EntityType.ORG, text), EntityType.ORG,
                MentionKind.Name, EntityRules.Club, fusedArticle: place.FusedArticle);
        }
    }

    /// <summary>A club word of context.tsv right before the place, without the article (in construct): `club` before any place, `clubmember` before a city.</summary>
    private bool AfterClubWord(MentionDraft place)
    {
        if (place.Stripped > 0) return false;
        var p = s.Previous(place.First);
        if (p < 0 || p != place.First - 1 || NameWords.IsDefiniteWord(s, p)) return false;
        var context = s.ContextOf(p);
        return (context & ContextKind.Club) != 0 || place.Type == EntityType.LOC && (context & ContextKind.ClubMember) != 0;
    }

    private bool BeforeMasculineNisba(MentionDraft place)
    {
        var next = place.End;
        if (place.End - place.First != 1 || !s.InSentence(next, s.SentenceOf[place.First]) || NameWords.IsDefiniteWord(s, place.First)) return false;
        if (!NisbaAdjective.IsDefiniteSingular(s.Tokens[next]) || !NisbaAdjective.HasMasculineSingularEnding(s.Key(next))
            || !NameMatcher.IsStateNisba(s, next))
            return false;
        if (s.TaggedPerson(next + 1) == true || s.Claim.Length > next + 1 && s.Claim[next + 1] >= 0 && s.Drafts[s.Claim[next + 1]].Type == EntityType.PER)
            return false;
        var p = s.Previous(place.First);
        if (p < 0) return true;
        var context = s.ContextOf(p);
        if ((context & (ContextKind.Facility | ContextKind.PlaceHead)) != 0) return false;
        return place.Stripped > 0 || (context & (ContextKind.Place | ContextKind.Locative)) == 0 || s.Key(p).Length <= ParticleLength;
    }

    // The longest place word of context.tsv that is a particle, no noun (في، من، إلى، لدى، نحو، قرب، حول، عند).
    private const int ParticleLength = 3;
}
