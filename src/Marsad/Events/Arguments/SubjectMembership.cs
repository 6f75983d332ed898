using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// «قتل مسلحون من تنظيم متطرف عشرة جنود», «وهاجم مقاتلون من الحركة قاعدة»: a subject named by a common noun after its
/// verb may say, in a «من» phrase right after it, the body its members belong to. That phrase is still the subject's: the
/// object comes after it, and its «من» does not close the search for the object as a recipient's preposition would. Not
/// when the trigger's row marks its recipient by «من» itself («طلب مسؤولون من الحكومة»): there the phrase is the recipient.
/// </summary>
public static class SubjectMembership
{
    /// <summary>Where the subject <paramref name="subject"/> ends, with the body its members belong to.</summary>
    public static int End(EventText text, TriggerMatch m, ActorPhrase subject, IReadOnlyList<string> recipientMarks)
    {
        if (subject.EntityId is not null || subject.IsPlace || recipientMarks.Contains(From)) return subject.End;
        var from = ClauseSyntax.NextWord(text, subject.End, text.Tokens.Count);
        if (from >= text.Tokens.Count || !ClauseSyntax.OnlySkippableBetween(text, subject.End, from) || text.Tokens[from].Key != From || text.SentenceOf[from] != m.Sentence) return subject.End;
        var body = ClauseSyntax.NextWord(text, from + 1, text.Tokens.Count);
        if (body >= text.Tokens.Count || text.ActorStartingAt[body] is not (var a and >= 0) || text.Actors[a].IsPlace) return subject.End;
        // «مجموعة من النشطاء الداعين إلى»: a word as definite as the body's last may be its adjective, not the object.
        var after = ClauseSyntax.NextWord(text, text.Actors[a].End, text.Tokens.Count);
        return after < text.Tokens.Count && text.Words[after].IsDefinite == text.Words[text.Actors[a].End - 1].IsDefinite ? subject.End : text.Actors[a].End;
    }

    /// <summary>The preposition of belonging, as <see cref="SubjectSearch.Issuer"/> reads it after a document.</summary>
    private const string From = "من";
}
