using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The doer of an event noun, read into its <see cref="MentionArguments"/>: a verbal noun's genitive, with the accusative
/// after it as the one who underwent it (<see cref="VerbalNounDoer"/>); «بين» parties (<see cref="BetweenParties"/>); the
/// noun's own source — its control word's actor, genitive, nisba, agent phrase — else its clause's subject
/// (<see cref="SubjectSearch"/>), not one that only says a direct quote's words; the accused a charge names
/// (<see cref="ChargedParty"/>) as the patient; a doer verb's relative clause the target search skips
/// (<see cref="RelativeDoerClause"/>); a complementiser's pronoun (<see cref="ComplementPronoun"/>). One of
/// <see cref="ArgumentResolver"/>'s steps; it fills the source, the patient, the parties, the pronoun subject and where
/// the target search starts.
/// </summary>
public sealed class NounSource(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly SubjectSearch _subjects = new(language);
    private readonly RelativeDoerClause _relativeDoer = new(language);
    private readonly ComplementPronoun _complement = new(language);
    private readonly RecipientSearch _recipients = new(language);
    private readonly PatientPronoun _patientPronoun = new(language);
    private readonly BetweenParties _parties = new(language);
    private readonly VerbalNounDoer _doer = new(language);

    /// <summary>The doer of an event noun: a verbal noun's genitive, «بين» parties, its own source, its clause's subject, a complementiser's pronoun.</summary>
    public void Find(MentionArguments s)
    {
        var (text, m, draft, sentenceStart, end, isTrigger) = (s.Text, s.M, s.Draft, s.SentenceStart, s.End, s.IsTrigger);
        if (_doer.Find(text, m, end) is { } doerAndObject)
        {
            // «اعتقال الشرطة مئات الطلاب»: the genitive did it, the accusative after it underwent it.
            s.Source = doerAndObject.Doer;
            s.PassivePatient = doerAndObject.Object;
            return;
        }
        s.Parties = _parties.Find(text, m, end, isTrigger, adjective: true) ?? _parties.InPattern(text, m, end);
        s.Source = s.Parties?.First ?? UnlessBeforeDirectQuote(text, draft, _subjects.NominalSource(text, m, sentenceStart, end, isTrigger)
            ?? (!ClauseSyntax.HasPronounSuffix(text, m.First) ? _subjects.ClauseSubject(text, m, sentenceStart, isTrigger)
                // «ركز المتمردون هجماتهم»: a pronoun agreeing with the clause's subject makes the act its own; not on the
                // noun of an act done to someone, whose pronoun is the patient («أعلنت الشرطة ترحيلهم»).
                : _patientPronoun.Applies(text, draft, end) ? null : _subjects.OwnActSubject(text, m, sentenceStart, isTrigger)));
        // «ودان الوزير اتهام المعارضة بالتآمر»: the genitive the charge follows is the accused, not the accuser (ChargedParty).
        if (s.Parties is null && s.Source is not null && ChargedParty.IsAccused(text, m, s.Source))
        {
            s.PassivePatient = s.Source;
            s.Source = null;
        }
        // «الهجوم الذي شنه مسلحون على قرية»: a doer verb's clause stands between the noun and its recipient (RelativeDoerClause).
        if (s.Parties is null && _relativeDoer.RecipientFrom(text, m, s.Source, _recipients.RecipientMarks(m.Entry)) is var after and >= 0)
            s.TargetFrom = Math.Max(s.TargetFrom, after);
        // «إنه لم ينفذ أي غارات»: an event noun whose verb follows a complementiser with a pronoun is the pronoun's act.
        if (s.Source is null && !ClauseSyntax.HasPronounSuffix(text, m.First)
            && _syntax.PronounComplementBefore(text, m.First, isTrigger, words: 4, anyWord: true) is var nounComplement and >= 0
            // «إنه هجوم إلكتروني»: right after the pronoun the noun is its predicate («it is an attack»), nobody's act.
            && ClauseSyntax.NextWord(text, nounComplement + 1, m.First) < m.First
            // «قالت الصحيفة إنه تم اعتقال صحفيين»: after a passive auxiliary (auxiliaries.tsv) the pronoun is the clause's
            // dummy «ـه», and the act is stated without its doer; the speaker only reports it.
            && !_syntax.PassiveAuxiliaryBetween(text, nounComplement + 1, m.First))
            s.PronounSubject = _complement.PronounAntecedent(text, draft, nounComplement, sentenceStart);
    }

    /// <summary>
    /// «وأعلن المتحدث «مقتل 10 من الجنود»»: the doer found for an event noun in a direct quote (the actor after a control
    /// word, the clause's subject), unless it stands before the quote: there it is the one who says the quoted words, not
    /// the doer of the act they name.
    /// </summary>
    private static ActorPhrase? UnlessBeforeDirectQuote(EventText text, DraftEvent draft, ActorPhrase? subject) =>
        subject is not null && draft.QuoteStart >= 0 && text.Tokens[subject.First].Span.Start < draft.QuoteStart
        && text.Quotes.FirstOrDefault(q => q.Span.Start == draft.QuoteStart) is { Kind: Quotes.QuoteKind.Direct } ? null : subject;
}
