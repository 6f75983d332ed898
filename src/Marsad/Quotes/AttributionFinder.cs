namespace Marsad.Quotes;

/// <summary>
/// Quotes carried by an attribution phrase rather than a verb of saying: «بحسب وكالة رويترز»، «وفق ما ذكرته الجزائر»،
/// «نقلاً عن مصدر». The source must be a named entity or a source noun after a bare preposition (بحسب القانون is no
/// attribution); after «ما» + a verb of saying any phrase is a source. The attributed content is what follows the source
/// when the phrase opens its sentence («وبحسب الوزير فابيوس فإن المحادثات…») or, answered by «فإن», a clause after a
/// comma, else the sentence before the phrase.
/// </summary>
internal sealed class AttributionFinder(QuoteContext context, AttributionMatcher matcher, ReportedClauseFinder clauses)
{
    private readonly QuoteContext _c = context;

    public (SpeakerPhrase Source, ReportedContent Content, QuoteCue Cue)? At(int token)
    {
        if (matcher.WithSource(token) is not { } found) return null;
        var (phrase, source, cueEnd) = found;
        // «وفقا لبيانات موقع…»، «بحسب إحصائيات الوزارة»: figures cited after a bare preposition are nobody's words; a
        // person's figures are his estimate («طبقا لبيانات الخبير الاقتصادي فلان»).
        if (phrase.Follows == AttributionFollows.Source && _c.Lexicon.IsFigures(_c.Key(source.First))
            && !Entities.EntityId.Is(source.Speaker.EntityId, Entities.EntityType.PER)) return null;
        var sentenceEnd = _c.SentenceEnd(token);
        var cue = new QuoteCue(_c.Span(token, cueEnd).Slice(_c.Input.Text), _c.Span(token, cueEnd));

        var sentenceStart = _c.SentenceStart(token);
        var opening = sentenceStart;
        while (opening < token && !_c.IsWord(opening)) opening++;
        ReportedContent? content;
        if (opening == token || AnsweredAfterComma(token, source.End, sentenceStart, sentenceEnd))
        {
            var k = RestOfSource(source.End, sentenceEnd);
            while (k < sentenceEnd)
            {
                if (_c.IsComma(k) || _c.Lexicon.IsComplementizer(_c.Key(k)) || AnswersTheAttribution(k)) k++;
                // The source's abbreviation in brackets: «نقلاً عن وكالة الأنباء الكويتية (كونا)،».
                else if (_c.Tokens[k].Kind == Text.Tokenization.TokenKind.Bracket && _c.Tokens[k].Normalized == "(")
                    while (k < sentenceEnd && !(_c.Tokens[k].Kind == Text.Tokenization.TokenKind.Bracket && _c.Tokens[k].Normalized == ")")) k++;
                else if (_c.Tokens[k].Kind == Text.Tokenization.TokenKind.Bracket) k++;
                else break;
            }
            content = clauses.Indirect(k);
        }
        else
        {
            // «احتمال آخر، وفق لانديس، يقوم على…»: set off by commas after a few words, the phrase interrupts its statement,
            // which runs on to the sentence's end; the words before it alone are only the statement's subject.
            var end = Interrupts(token, source.End, sentenceStart, sentenceEnd) ? sentenceEnd : token;
            if (end == token) end = BeforeReferenceBack(token, sentenceStart);
            var (f, e) = _c.Trim(sentenceStart, end);
            e = WithClosingMark(f, e);
            content = e > f ? new ReportedContent(f, e, _c.Span(f, e), QuoteKind.Indirect, null) : null;
        }
        return content is null ? null : (source, content, cue);
    }

    private const int MaxSourceTail = 12;
    private const int MaxSourceComplement = 6;

    /// <summary>
    /// Where the attributed words begin after a source the speaker phrase ended early: the source's name goes on past a
    /// preposition, a relative clause or an apposition, up to the «فإن» that opens the main clause («وحسب مكتب الإحصاء
    /// الأوروبي في بروكسل (يورستات)، فإن…», «وحسب مصادر سياسية في تل أبيب، تتابع الأوضاع، فإن…»), or, when it stopped
    /// at a preposition, up to the comma that closes it («وبحسب مسؤولين من الاتحاد الأوروبي، سوف يتلقى…»). Without it
    /// the quote began inside the source's name.
    /// </summary>
    private int RestOfSource(int end, int sentenceEnd)
    {
        // «وبحسب الإحصائية التي اطلعت عليها الصحيفة، …»: a relative clause describes the source; the words attributed
        // follow its «أن» or the comma closing it, and never begin with the relative pronoun.
        var relative = end < sentenceEnd && _c.IsWord(end) && _c.Lexicon.IsRelativePronoun(_c.Key(end));
        for (var k = end; k < sentenceEnd && k - end <= MaxSourceTail; k++)
        {
            if (_c.Tokens[k].Kind == Text.Tokenization.TokenKind.Quote && _c.SegmentOpeningAt(k) is { WordCount: > 3 } || _c.IsColon(k)) break;
            var key = _c.Key(k);
            // «فإن» answers the attribution even past a verb of saying in the source's apposition («…، تتابع الأوضاع، فإن»);
            // a bare «أن» after one is that verb's own report («بحسب رويترز، فقد أكد ماكرون أن…»).
            if (_c.Lexicon.IsComplementizer(key)) return key[0] == 'ف' || relative ? k : end;
        }
        if (relative)
        {
            for (var k = end + 1; k < sentenceEnd && k - end <= MaxSourceTail; k++)
                if (_c.IsComma(k)) return k;
            return sentenceEnd;
        }
        // A preposition written apart (من، في) or a relative pronoun, as written; one joined to its noun or a word after a
        // conjunction («فقد حدد لكل خلية», «وفي…») more often begins the main clause the phrase ran into.
        if (end >= sentenceEnd || !_c.IsWord(end) || !_c.Lexicon.IsSpeakerStop(_c.Key(end))) return end;
        for (var k = end + 1; k < sentenceEnd && k - end <= MaxSourceComplement; k++)
        {
            if (_c.IsComma(k)) return k;
            if (!_c.IsWord(k) || _c.Lexicon.IsComplementizer(_c.Key(k)) || _c.Lexicon.Cue(_c.Key(k)) is not null) break;
        }
        return end;
    }

    /// <summary>«أغلقت الشرطة الطرق، وبحسب مصادر محلية فإن المحافظ عقد اجتماعا»: a phrase opening a clause after a comma
    /// and answered by «فإن» after its source fronts that clause as a phrase opening its sentence does; the words before the
    /// comma are the writer's own.</summary>
    private bool AnsweredAfterComma(int phrase, int sourceEnd, int sentenceStart, int sentenceEnd)
    {
        if (phrase - 1 < sentenceStart || !_c.IsComma(phrase - 1)) return false;
        var k = RestOfSource(sourceEnd, sentenceEnd);
        return k < sentenceEnd && _c.IsWord(k) && _c.Lexicon.IsComplementizer(_c.Key(k)) && _c.Key(k)[0] == 'ف';
    }

    /// <summary>«وبحسب المصادر، فقد أشارت…»: the ف that answers the fronted phrase, on a particle a verb follows
    /// (clause-openers.tsv: قد، لقد), belongs to neither the source nor the attributed words.</summary>
    private bool AnswersTheAttribution(int token)
    {
        var key = _c.Key(token);
        return _c.IsWord(token) && key.Length > 2 && key[0] == 'ف' && _c.Lexicon.IsClauseOpener(key[1..]);
    }

    /// <summary>«…ارتفعت الأسعار، وذلك بحسب الوكالة»: a word that closes the statement and points back to it
    /// (clause-breaks.tsv: وذلك) right before the phrase belongs to the phrase, not to the attributed words.</summary>
    private int BeforeReferenceBack(int phrase, int sentenceStart)
    {
        var before = phrase - 1;
        return before >= sentenceStart && _c.IsWord(before) && _c.Lexicon.IsClauseBreak(_c.Key(before)) ? before : phrase;
    }

    /// <summary>«…البعيد، «فهذا يعني انسحاب النظام…»، وفق لانديس»: the statement before a trailing phrase ends in the writer's
    /// marks around the source's very words; the closing mark trimmed with the comma belongs to the statement as its
    /// opening mark inside does, as after a verb of saying («ويضيف أن الجيش «مستمر في…»»). A statement opening with the
    /// mark lost both and stays as it is.</summary>
    private int WithClosingMark(int first, int end) =>
        end < _c.Count && _c.SegmentClosingAt(end) is { } segment && segment.Open >= first ? end + 1 : end;

    private const int MaxInterruptedSubject = 5;

    /// <summary>A comma stands before the phrase and right after its source, words follow to the sentence's end, and at
    /// most a few words come before it (a subject, not a clause of its own).</summary>
    private bool Interrupts(int phrase, int sourceEnd, int sentenceStart, int sentenceEnd)
    {
        if (phrase - 1 < sentenceStart || !_c.IsComma(phrase - 1) || sourceEnd + 1 >= sentenceEnd || !_c.IsComma(sourceEnd)) return false;
        var wordsBefore = 0;
        for (var t = sentenceStart; t < phrase; t++)
            if (_c.IsWord(t)) wordsBefore++;
        var wordsAfter = 0;
        for (var t = sourceEnd + 1; t < sentenceEnd; t++)
            if (_c.IsWord(t)) wordsAfter++;
        return wordsBefore <= MaxInterruptedSubject && wordsAfter >= 2;
    }
}
