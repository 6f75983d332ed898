using Marsad.Text.Morphology;

namespace Marsad.Quotes;

/// <summary>The gender a cue word shows of its subject: قال (masculine singular), قالت (feminine), or neither (القول); a
/// plural (قالوا، مشيرين، مؤكدات) shows a group, never one person.</summary>
internal enum Gender { Unknown, Masculine, Feminine, Plural }

/// <summary>
/// What one article's cues have shown of its speakers' gender, the way a reader learns it: «فقال عز» makes عز a man,
/// «قالت الوزارة» the ministry feminine. A speaker shown both ways (a wrong guess on the way, a name both bear) is known
/// neither way. A speaker is one entity, or one text when it has none.
/// </summary>
internal sealed class SpeakerGender
{
    private readonly Dictionary<string, Gender> _known = new(StringComparer.Ordinal);

    public void Learn(QuoteSpeaker speaker, Gender gender)
    {
        if (gender is Gender.Unknown or Gender.Plural) return;
        var key = Key(speaker);
        _known[key] = _known.TryGetValue(key, out var was) && was != gender ? Gender.Unknown : gender;
    }

    /// <summary>Whether a cue of <paramref name="gender"/> may have <paramref name="speaker"/> as its subject: it was never
    /// shown the other gender; a plural cue's is a group kept as its words (مسؤولون، شهود عيان), no named person, nor a
    /// body or state, which news writes with a singular verb. A singular cue with no subject of its own («وأشار إلى أن»)
    /// never goes on with a group kept as words headed by a sound masculine plural in ون («كما يقول ناشطون»، «قال
    /// مسؤولون»): a group goes on in the plural («وأضافوا»).</summary>
    public bool MayAgree(QuoteSpeaker speaker, Gender gender) =>
        gender == Gender.Plural ? speaker.EntityId is null
        : gender == Gender.Unknown || !WordsOfAGroup(speaker) && (!_known.TryGetValue(Key(speaker), out var known) || known == Gender.Unknown || known == gender);

    private const int MinPluralLength = 5;

    private static bool WordsOfAGroup(QuoteSpeaker speaker)
    {
        if (speaker.EntityId is not null) return false;
        var head = speaker.Text.Split(' ', 2)[0];
        return SoundPluralEnding.MasculineNominative(CliticSegmenter.WithoutConjunction(Text.Normalization.MatchingKey.Of(head), MinPluralLength), MinPluralLength);
    }

    private static string Key(QuoteSpeaker speaker) => speaker.EntityId ?? "text:" + speaker.Text;
}
