using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// The actor a phrase stands for, with the state it belongs to: members named by their body's pronoun are that body
/// («عناصرها»), a group noun with a possessive is its owner's («قواته»; «قواتنا» in a quote the speaker's state's), a bare
/// definite group noun takes up the body the article named by that noun («المجلس» after «مجلس الأمن الدولي»), an
/// unqualified home-sector noun is the state the sentence, else the article, is about («السلطات»), a pair noun is the
/// party named first (<see cref="PairParties"/>), and a phrase standing for a state («البلاد», «بلاده») takes that state.
/// </summary>
public static class ActorStates
{
    /// <summary>The actor of a phrase; a phrase standing for a state named earlier takes that state (in a quote, the speaker's).</summary>
    public static EventActor ToActor(EventText text, ActorPhrase phrase, DraftEvent draft)
    {
        // «عناصرها نهبوا»: members named by their body's pronoun are that body, the nearest actor named before them.
        if (phrase.Sector == "@body")
            return NearestBody(text, phrase) is { } body ? ToActor(text, body, draft) : phrase.ToActor() with { Sector = null };
        // «قواته», «طائراتها»: a collective noun with a possessive pronoun belongs to the actor named before it.
        if (phrase.Collective && phrase.Country is null && phrase.Sector != ActorPhraseFinder.StateAnaphor && HasPossessive(text, phrase))
        {
            var owner = NearestWithCountry(text, phrase);
            if (owner is not null) return new EventActor(owner.EntityId, phrase.Text, phrase.Span, owner.Country, phrase.Sector);
        }
        // «قواتنا», «حكومتنا» in a quote: a group noun the speaker owns (the first-person plural pronoun) is the speaker's state's.
        if (phrase.Collective && phrase.Country is null && phrase.Sector != ActorPhraseFinder.StateAnaphor && draft.SpeakerCountry is { } speaking && HasPossessive(text, phrase, "نا"))
            return phrase.ToActor() with { Country = speaking };
        // «وهدد المجلس» after «مجلس الأمن الدولي»: a bare definite group noun is the body the article named by that noun.
        if (phrase.Collective && phrase.Country is null && NamedBefore(text, phrase) is { } named)
            return ToActor(text, named, draft) with { Text = phrase.Text, Span = phrase.Span };
        // «السلطات», «قوات الأمن», «المحكمة» with no state named: the state the sentence, else the article, is about.
        if (phrase.Collective && phrase.Country is null && phrase.Sector is { } sector && HomeSectors.Contains(sector))
            return phrase.ToActor() with { Country = HomeState(text, phrase) };
        // «وقع البلدان»: a pair noun is the party named first (ArgumentResolver makes the other its target); with two states not
        // named it is nobody known.
        if (phrase.Sector == PairParties.Sector)
            return PairParties.Find(text, phrase) is var (first, _) ? ToActor(text, first, draft) : phrase.ToActor() with { Sector = null };
        if (phrase.Sector != ActorPhraseFinder.StateAnaphor) return phrase.ToActor();
        var country = draft.SpeakerCountry;
        string? entity = null;
        if (country is null)
        {
            for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
            {
                if (text.Actors[a].Country is null) continue;
                country = text.Actors[a].Country;
                entity = text.Actors[a].EntityId is { } id && EntityId.Is(id, EntityType.GPE) ? id : null;
                break;
            }
        }
        return new EventActor(entity, phrase.Text, phrase.Span, country, country is null ? null : "GOV");
    }

    /// <summary>
    /// The state an unqualified group noun belongs to: the nearest earlier state named in its sentence, else the first
    /// state the article names (its dateline or lead), as a reader takes «الشرطة» in a report from a country.
    /// </summary>
    public static string? HomeState(EventText text, ActorPhrase phrase)
    {
        var sentence = text.SentenceOf[phrase.First];
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0 && text.SentenceOf[text.Actors[a].First] == sentence; a--)
            if (text.Actors[a].Country is { } country && !Dateline.IsAgency(text, text.Actors[a])) return country;
        foreach (var actor in text.Actors)
            if (actor.Country is { } country && !Dateline.IsAgency(text, actor)) return country;
        return null;
    }

    /// <summary>Sectors whose unqualified nouns are the home state's own (its government, forces, courts, parties, envoys, press, people); not armed groups and hackers (REB), often foreign, nor refugees.</summary>
    private static readonly HashSet<string> HomeSectors = ["GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "DIP", "MED", "HRI", "CRM", "CVL", "EDU", "HLH", "LAB"];

    /// <summary>A one-word phrase with a possessive pronoun: the third person (ه، ها، هم: «قواته») or the one asked for («قواتنا»).</summary>
    private static bool HasPossessive(EventText text, ActorPhrase phrase, string? pronoun = null)
    {
        var key = text.Tokens[phrase.End - 1].Key;
        return phrase.End - phrase.First == 1 && key.Length > 4
            && (pronoun is not null ? key.EndsWith(pronoun, StringComparison.Ordinal)
                : CliticSegmenter.ThirdPersonPronoun(key) is "ه" or "ها" or "هم")
            && text.Words[phrase.First].Forms.Count > 1;
    }

    private static ActorPhrase? NearestWithCountry(EventText text, ActorPhrase phrase)
    {
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
            if (text.Actors[a].Country is not null && !text.Actors[a].Adjectival && !Dateline.IsAgency(text, text.Actors[a])) return text.Actors[a];
        return null;
    }

    /// <summary>The body members are named for: the nearest earlier actor that is neither a place, a lone nisba nor other members.</summary>
    private static ActorPhrase? NearestBody(EventText text, ActorPhrase members)
    {
        for (var a = text.ActorCovering[members.First] - 1; a >= 0; a--)
            if (text.Actors[a] is { IsPlace: false, Adjectival: false } body && body.Sector != "@body") return body;
        return null;
    }

    /// <summary>
    /// The phrase a bare definite group noun takes up: the nearest earlier phrase of the article headed by the same noun and
    /// named more fully — several words, an entity or a state («مجلس الأمن الدولي» … «المجلس», «مجموعة تطلق على نفسها» …
    /// «المجموعة», «الحكومة اليمنية» … «الحكومة») — as a reader resolves a definite noun to its last full mention; null when
    /// the article names none. Places, lone nisbas and pair, member or state nouns are no antecedents.
    /// </summary>
    // The quotes' RepeatedNounAntecedent.Antecedent («الوزارة» after «وزارة الخارجية الفلسطينية») resolves the same kind of noun on
    // purpose differently, so the two are kept apart: it picks among the entity layer's ORG/GPE mentions of two or more
    // tokens (a speaker must be an entity with an id), compares the mention's first word's matching key to the noun's key
    // without ال (no morphology: the quote layer has no word analyses for mentions), and takes any definite word. Here the
    // antecedent is an event actor phrase (untagged bodies, a one-word entity or state count, places do not), matched by
    // word forms (so «المجموعة» finds «مجموعة تطلق…»), and only group nouns of a sector are resolved, to give the actor's state.
    private static ActorPhrase? NamedBefore(EventText text, ActorPhrase phrase)
    {
        var head = text.Words[phrase.First];
        if (phrase.End - phrase.First != 1 || !head.IsDefinite || phrase.Sector is null || phrase.Sector.StartsWith('@')) return null;
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
        {
            var before = text.Actors[a];
            if (before.End > phrase.First || before.IsPlace || before.Adjectival || before.Sector?.StartsWith('@') == true) continue;
            if (before.End - before.First == 1 && before.EntityId is null && before.Country is null) continue;
            var first = text.Words[before.First];
            foreach (var form in head.Forms)
                if (form.Length >= 3 && !CliticSegmenter.OpensWithArticle(form) && first.Has(form)) return before;
        }
        return null;
    }
}
