using Marsad.Entities;
using Marsad.Text.Morphology;

namespace Marsad.Quotes;

/// <summary>
/// «وبيّن سموه أن…», «مؤكدا معاليه أن…»: a title of address with its holder's pronoun (honorifics.tsv) stands as the subject
/// for the last person the article introduced with that title or its office («صاحب السمو الملكي الأمير فلان», «معالي رئيس
/// الديوان الشيخ الدكتور فلان») — not for the last person named, often a king whose greetings were conveyed or a guest
/// listed. With no such person the pronoun keeps its own words and no entity.
/// </summary>
internal sealed class HonorificHolder(QuoteContext context)
{
    // A title and its holder's name may have an office of several words between them (معالي رئيس ديوان المظالم رئيس مجلس
    // القضاء الإداري الشيخ الدكتور خالد…).
    private const int MaxTitleDistance = 12;
    private readonly QuoteContext _c = context;

    /// <summary>The speaker the honorific at <paramref name="token"/> stands for; null when the word is no honorific.</summary>
    public QuoteSpeaker? At(int token)
    {
        if (_c.Lexicon.HonorificTitles(_c.Key(token)) is not { } titles) return null;
        EntityMention? holder = null;
        EntityMention? previous = null;
        foreach (var m in _c.Input.Entities.Mentions)
        {
            if (m.EndToken > token) break;
            if (m.Type != EntityType.PER) continue;
            if (IntroducedWith(m, titles, previous)) holder = m;
            previous = m;
        }
        var pronoun = _c.Tokens[token];
        return holder is not null ? SpeakerFinder.FromMention(NamedAs(holder, token)) : new QuoteSpeaker(null, pronoun.Span.Slice(_c.Input.Text), pronoun.Span);
    }

    // The entity layer links a bare title («الأمير») to the person it stands for: the speaker is shown by the last mention
    // before the pronoun that writes the same person's name.
    private EntityMention NamedAs(EntityMention holder, int token)
    {
        var named = holder;
        foreach (var m in _c.Input.Entities.Mentions)
        {
            if (m.EndToken > token) break;
            if (m.Kind == MentionKind.Name && m.EntityId == holder.EntityId) named = m;
        }
        return named;
    }

    // One of the titles opens the mention (the entity layer may take «الأمير» into the name) or stands a few words before
    // it in its sentence, after any person named before it.
    private bool IntroducedWith(EntityMention m, IReadOnlyList<string> titles, EntityMention? previous)
    {
        var start = Math.Max(_c.SentenceStart(m.FirstToken), m.FirstToken - MaxTitleDistance);
        if (previous is not null && _c.SentenceOf(previous.FirstToken) == _c.SentenceOf(m.FirstToken)) start = Math.Max(start, previous.EndToken);
        for (var k = m.FirstToken; k >= start; k--)
        {
            var key = _c.Key(k);
            if (titles.Contains(key) || titles.Contains(CliticSegmenter.WithoutConjunction(key, 3))) return true;
        }
        return false;
    }
}
