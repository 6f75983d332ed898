using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// Finds what a cue introduces, reading on from the end of its speaker phrase: a quoted segment (after a colon, a
/// complementiser or directly: direct), or a clause after إن/أن/بأن or a colon (indirect). A complementiser followed
/// by words and then a quoted fragment is indirect speech with a verbatim part: one indirect quote over the whole
/// clause. A short quoted name on the way (لـ«الشرق الأوسط») is stepped over. The reported clause runs to the end of
/// the sentence, or to a comma before a new cue (مضيفا، وأضاف), a frame adverbial (خلال، في حين) or an attribution;
/// punctuation and marks at its edges are left out.
/// </summary>
internal sealed class ReportedClauseFinder(QuoteContext context, AttributionMatcher attributions)
{
    private const int MaxGapTokens = 25;
    private const int MaxGapAfterStrictCue = 8;
    private const int MinWordsOfUnintroducedQuote = 4;
    private readonly QuoteContext _c = context;

    /// <summary>The content introduced at or after <paramref name="from"/> by a cue; null when none follows in reach.</summary>
    public ReportedContent? After(int from, CueWord cue)
    {
        if (from >= _c.Count) return null;
        var sentenceEnd = _c.SentenceEnd(Math.Min(from, _c.Count - 1));
        // A circumstantial participle opens a new clause after a comma or a quote (…، مضيفا أن) or goes with a verb of
        // saying; right after another noun it is an adjective or a noun itself (لجنة متابعة).
        var gap = cue.NeedsComplement ? MaxGapAfterStrictCue : MaxGapTokens;
        if (cue.Form == CueForm.Participle && !FollowsClause(from - 1)) return null;
        // A time on the way is not counted: «أعلن المكتب (اف بي آي) مساء أمس الثلاثاء، أن…».
        var counted = 0;
        for (var k = from; k < sentenceEnd && counted < gap; k++)
        {
            if (!_c.InTime(k)) counted++;
            if (_c.SegmentOpeningAt(k) is { } segment)
            {
                // A strict cue is also a preposition (بين «between»): a short quoted name right after it («بين "حماس"
                // و"فتح"») is its object, not what someone said.
                var byMark = _c.IsColon(k - 1) || _c.Lexicon.IsComplementizer(_c.Key(k - 1));
                var atCue = k == from && (!cue.NeedsComplement || segment.WordCount >= MinWordsOfUnintroducedQuote);
                // «تحت عنوان «…»»، «إلى تعبير «…»»: marks right after a noun of a title or term hold that name.
                // «وقال مخرج الفيلم «…»»: a title noun with its article closing the speaker's phrase is that phrase's
                // genitive; the marks right after the speaker hold the words said.
                var named = Titled(segment) && !(k == from && k >= 2 && _c.IsWord(k - 2) && CliticSegmenter.OpensWithArticle(_c.Key(k - 1)));
                if (!named && (byMark || (atCue || segment.WordCount >= MinWordsOfUnintroducedQuote && !ComplementizerSoonAfter(segment.Close + 1))
                    && !NameBeforeIntroducer(segment, sentenceEnd))) return Direct(segment);
                // A quoted name on the way (مقابلة مع قناة "سكاي نيوز عربية" إن…).
                counted += segment.Close - k;
                k = segment.Close;
                continue;
            }
            var key = _c.Key(k);
            if (_c.Lexicon.IsComplementizer(key))
            {
                // «…، بعد أن تمكن…», «إلا أن…», «يمكن أن…»: a conjunction or a modal frame, not what the cue reports.
                if (k > from && _c.Lexicon.IsConjunctionFrame(_c.Key(k - 1))) continue;
                if (k + 1 < _c.Count && _c.SegmentOpeningAt(k + 1) is { } quoted && EndsClause(quoted.Close + 1)) return Direct(quoted);
                return Indirect(k + 1);
            }
            if (_c.IsColon(k))
            {
                if (k + 1 < _c.Count && _c.SegmentOpeningAt(k + 1) is { } quoted) return Direct(quoted);
                if (k + 1 < _c.Count && _c.Lexicon.IsComplementizer(_c.Key(k + 1))) continue;
                return Indirect(k + 1);
            }
            if (_c.IsSentenceEndMark(k) || k > from && _c.Lexicon.Cue(key) is not null) return null;
        }
        return null;
    }

    /// <summary>A quoted segment that ends right before <paramref name="cue"/> («…»، قال علي), or null.</summary>
    public QuotedSegment? Before(int cue)
    {
        var k = cue - 1;
        while (k >= 0 && k >= cue - 2 && _c.IsComma(k)) k--;
        if (k < 0 || _c.SegmentClosingAt(k) is not { } segment) return null;
        // A few quoted words right after a word are a name in marks (على منصة «إكس» قال فيها …), not the words reported; nor,
        // however long, the words after a noun of a title or work («وتحت عنوان «…» قالت الصحيفة:»).
        var nameInMarks = segment.WordCount < MinWordsOfUnintroducedQuote && segment.Open > 0 && _c.IsWord(segment.Open - 1);
        return nameInMarks || Titled(segment) ? null : segment;
    }

    /// <summary>The marks stand right after a noun of a title or work (title-nouns.tsv: عنوان، رواية، برنامج): they hold its
    /// name, not anyone's words.</summary>
    public bool Titled(QuotedSegment segment) =>
        segment.Open > 0 && _c.IsWord(segment.Open - 1) && _c.Lexicon.IsTitleNoun(_c.Key(segment.Open - 1));

    public ReportedContent Direct(QuotedSegment segment)
    {
        var (first, end) = _c.Trim(segment.FirstToken, segment.EndToken);
        if (end <= first) (first, end) = (segment.FirstToken, segment.EndToken);
        return new ReportedContent(first, end, _c.Span(first, end), QuoteKind.Direct, segment);
    }

    /// <summary>An indirect clause from <paramref name="first"/> to its end, or null when it holds no word.</summary>
    public ReportedContent? Indirect(int first)
    {
        if (first >= _c.Count) return null;
        var end = ClauseEnd(first);
        var (f, e) = _c.Trim(first, end);
        if (e <= f || !Enumerable.Range(f, e - f).Any(_c.IsWord)) return null;
        // «أن «بوينغ» عممت…», «هو «إهانة للشعب»»: a mark at either end that pairs with one inside the words stays with them.
        if (f > first && _c.SegmentOpeningAt(f - 1) is { } opened && opened.Close < e) f--;
        if (e < end && _c.SegmentClosingAt(e) is { } closed && closed.Open >= f) e++;
        return new ReportedContent(f, e, _c.Span(f, e), QuoteKind.Indirect, null);
    }

    /// <summary>The end (exclusive) of a reported clause starting at <paramref name="first"/>.</summary>
    public int ClauseEnd(int first)
    {
        var sentenceEnd = _c.SentenceEnd(first);
        // A bracket opened before the clause in its sentence holds it too: «فقال مسؤولون (إن الحفرة …. وقد …)».
        var bracketsOpen = 0;
        for (var k = _c.SentenceStart(first); k < first; k++)
            bracketsOpen += BracketStep(k);
        for (var k = first; k < sentenceEnd; k++)
        {
            if (_c.SegmentOpeningAt(k) is { } segment)
            {
                k = Math.Min(segment.Close, sentenceEnd - 1);
                continue;
            }
            bracketsOpen += BracketStep(k);
            if (k > first && bracketsOpen <= 0 && FullStopOutsideMarks(k, sentenceEnd)) return k;
            if (k > first && _c.IsComma(k) && k + 1 < sentenceEnd && (BreaksAfterComma(k + 1) || OpensAnotherReport(k + 1, sentenceEnd))) return k;
            // A preposition right before the contrast belongs to it («في حين قال…»).
            if (k > first && OpensAnotherReport(k, sentenceEnd)) return k - 1 > first && _c.IsSpeakerStop(k - 1) ? k - 1 : k;
            // An attribution phrase ends the clause: after a comma any («، بحسب قوله»، BreaksAfterComma), within it one with
            // «ما» and a verb of saying («حسب ما أفاد») or naming a source («بحسب الوزارة»); one measuring by a standard
            // («تختلف بحسب السن»، «وفق الضوابط»، «ليس … فحسب») goes on.
            if (k > first && attributions.At(k) is { } attribution
                && (attribution.Phrase.Follows == AttributionFollows.VerbThenSource || attributions.WithSource(k) is not null)) return k;
            // «… الانتخابات بقوله "…"»: a noun of saying with its quotation mark or colon right after it adds the speaker's
            // next words, a quote of its own, with or without a comma before it.
            if (k > first && k + 1 < sentenceEnd && _c.Lexicon.Cue(_c.Key(k)) is { Form: CueForm.Noun }
                && (_c.IsColon(k + 1) || _c.SegmentOpeningAt(k + 1) is not null)) return k;
            // «… وأضاف أن …» inside one sentence: a new report begins.
            if (k > first && _c.Lexicon.Cue(_c.Key(k)) is { Form: CueForm.Verb } && _c.Key(k)[0] is 'و' or 'ف' && IntroducesSoon(k + 1, sentenceEnd)) return k;
            // «… مبينا أن البعض يسيء … منوها أن المنظم …» with no comma: a participle of saying with its complementiser
            // right after it opens the speaker's next report.
            if (k > first && _c.Lexicon.Cue(_c.Key(k)) is { Form: CueForm.Participle } && FollowsWord(k) && OwnComplementizer(k)) return k;
        }
        return sentenceEnd;
    }

    // An opening bracket counts one up, a closing one down, anything else nothing.
    private int BracketStep(int k) => _c.Tokens[k].Kind != TokenKind.Bracket ? 0 : _c.Tokens[k].Normalized == "(" ? 1 : -1;

    /// <summary>
    /// «وأشار إلى أنه يجب … بصورة أفضل". ويصنف أكثر من…»: a full stop the sentence splitter kept inside the sentence
    /// (a quotation mark left unpaired made it read the rest as quoted) ends the clause when no paired marks or open
    /// bracket hold it (marks were stepped over; «قالوا: (… سربرينيتشا. لقد…)» is one quote) and a word follows after a
    /// space. The full stop of an abbreviation ends nothing («د. محمد»، «جورج دبليو. بوش»: the sentence splitter's test,
    /// <see cref="QuoteContext.IsAbbreviationDot"/>), and with no space after it is inside one («سي.إف»).
    /// </summary>
    private bool FullStopOutsideMarks(int k, int sentenceEnd) =>
        _c.Tokens[k].Kind == TokenKind.Punctuation && _c.Tokens[k].Normalized == "." && k + 1 < sentenceEnd && _c.IsWord(k + 1)
        && _c.Tokens[k + 1].Span.Start > _c.Tokens[k].Span.End && !_c.IsAbbreviationDot(k);

    /// <summary>
    /// «…، إلا أن الشرطة قالت إن…», «…، لكن السلطات تقول إن…»: a contrast (a subject-openers.tsv word, or a
    /// conjunction-frames.tsv word with its أن/إن) whose clause has a verb of saying that introduces words of its own
    /// begins another party's report; the earlier report ends before it. Without the verb of saying the contrast is part
    /// of what the speaker said («قال إن الاشتباكات توقفت، إلا أن الوضع متوتر»), and so is a modal frame, whose verb of
    /// saying reports nothing («…، من شأنه أن يؤكد أن…»). With the subject's pronoun on it («…، لكنه أشار إلى أن…») the
    /// contrast opens the same speaker's next report, which is a quote of its own.
    /// </summary>
    private bool OpensAnotherReport(int k, int sentenceEnd)
    {
        var key = _c.Key(k);
        var opens = _c.Lexicon.IsSubjectOpener(key) || ContrastWithPronoun(k)
            || k + 1 < sentenceEnd && _c.Lexicon.IsConjunctionFrame(key) && !_c.Lexicon.IsModalFrame(key) && _c.Lexicon.IsComplementizer(_c.Key(k + 1));
        if (!opens) return false;
        for (var j = k + 1; j < sentenceEnd && j <= k + 5; j++)
            if (_c.Lexicon.Cue(_c.Key(j)) is { Form: CueForm.Verb } && IntroducesSoon(j + 1, sentenceEnd)) return true;
        return false;
    }

    /// <summary>«…، لكنه أشار إلى أن…»: a subject opener carrying the pronoun of its subject (per the segmenter) opens a clause
    /// of the speaker's own, a new report with its own cue. The segmenter's candidate bases give the particle under the
    /// pronoun (and a leading و/ف).</summary>
    private bool ContrastWithPronoun(int k)
    {
        if (_c.Input.Words is not { } words || k >= words.Count || words[k] is not { } word) return false;
        var key = _c.Key(k);
        return word.Candidates.Any(c => _c.Lexicon.IsSubjectOpener(c) && key.IndexOf(c, StringComparison.Ordinal) is var at && at is 0 or 1
            && at + c.Length < key.Length);
    }

    /// <summary>
    /// After a comma a participle or a noun of saying («، مضيفا»، «، بقوله»), a frame adverbial or an attribution ends the clause, and so does a
    /// verb of saying with a conjunction («، وأضاف») or one that introduces words within a subject's reach («، أكد وزير
    /// الدفاع … أن»); a bare one that introduces none is the clause's own verb, not a cue («أنه، وطبقا للإحصاءات الرسمية،
    /// تبلغ القوة العاملة…»: reaches, not informs; «منظمته…، أبلغت حتى أمس عن وقوع…»).
    /// </summary>
    private bool BreaksAfterComma(int k)
    {
        var key = _c.Key(k);
        return _c.Lexicon.Cue(key) switch
        {
            // «…، بقوله: «…»»: a noun of saying after a comma adds the speaker's next words, a quote of its own.
            { Form: CueForm.Participle or CueForm.Noun } => true,
            { Form: CueForm.Verb } => key[0] is 'و' or 'ف' || IntroducesSoon(k + 1, _c.SentenceEnd(k), MaxSubjectBeforeReport),
            // «…، كما أن…»: «كما» ends the clause only setting a source aside (AttributionMatcher.WithSource) or as «also»
            // before a verb of saying with words of its own («…، كما أوضح أن…»: the speaker's next report).
            _ => _c.Lexicon.IsClauseBreak(key) || attributions.At(k) is { } a
                && (a.Phrase.Follows != AttributionFollows.VerbAside || attributions.WithSource(k) is not null || ReportsAfter(a.End)),
        };
    }

    // A verb of saying at <paramref name="k"/> that introduces words within a subject's reach.
    private bool ReportsAfter(int k) =>
        k < _c.Count && _c.Lexicon.Cue(_c.Key(k)) is { Form: CueForm.Verb } && IntroducesSoon(k + 1, _c.SentenceEnd(k), MaxSubjectBeforeReport);

    private bool FollowsWord(int k) => k > 0 && _c.IsWord(k - 1) && _c.SentenceOf(k - 1) == _c.SentenceOf(k);

    private bool FollowsClause(int participle)
    {
        if (participle <= 0) return true;
        var before = _c.Tokens[participle - 1];
        if (before.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket || _c.SentenceOf(participle - 1) != _c.SentenceOf(participle))
            return true;
        // «… لجميع الأسر منوها بأن…»: with its complementiser right after it, it opens the speaker's next report.
        if (OwnComplementizer(participle)) return true;
        // «صرّح الوزير للصحفيين قائلاً:»: it continues a verb of saying shortly before it.
        for (var k = participle - 1; k >= 0 && participle - k <= 10 && _c.SentenceOf(k) == _c.SentenceOf(participle); k--)
            if (_c.Lexicon.Cue(_c.Key(k)) is { Form: CueForm.Verb }) return true;
        return false;
    }

    private const int MaxNameInMarks = 6;
    private const int MaxReachAfterName = 10;

    /// <summary>
    /// «وقال تيم بيل رئيس «نايت فرانك للأبحاث» في لندن: «…»», «ويقول غودمان مؤلف كتاب «جرائم المستقبل»: إن…»: a few
    /// words in marks that no colon or complementiser introduces, followed within the clause by a colon or a complementiser
    /// that does introduce words, or by a comma and longer words in marks, are the name of a body or a work describing the
    /// speaker, not what was said. A cue, a sentence end, a longer quoted segment or a comma not right before the
    /// complementiser or the longer words on the way leaves them the quote («كما يقول المثل «…»، وعلى الجميع أن…»).
    /// </summary>
    private bool NameBeforeIntroducer(QuotedSegment segment, int sentenceEnd)
    {
        if (segment.WordCount > MaxNameInMarks) return false;
        for (var k = segment.Close + 1; k < sentenceEnd && k <= segment.Close + MaxReachAfterName; k++)
        {
            // «أكد «المرصد السوري»، أن…»: a comma closes the name right before the complementiser, and else a clause; so it
            // does right before the longer words in marks the speaker said («ويقول X مدير شركة "Y" للأبحاث، "إن…"»).
            if (_c.IsComma(k))
                return k + 1 < sentenceEnd && (Introduces(k + 1) || _c.SegmentOpeningAt(k + 1) is { WordCount: > MaxNameInMarks });
            if (_c.SegmentOpeningAt(k) is { } other)
            {
                if (other.WordCount > MaxNameInMarks) return false;
                k = other.Close;
                continue;
            }
            if (_c.IsColon(k)) return k + 1 < sentenceEnd;
            var key = _c.Key(k);
            if (_c.Lexicon.IsComplementizer(key)) return Introduces(k);
            if (_c.IsSentenceEndMark(k) || _c.Lexicon.Cue(key) is not null) return false;
        }
        return false;
    }

    // A complementiser that introduces words: not one a conjunction frame governs, nor «فإن» answering a fronted clause
    // («ورغم قوله «…» فإن…»).
    private bool Introduces(int k) =>
        _c.Lexicon.IsComplementizer(_c.Key(k)) && _c.Key(k)[0] != 'ف' && !(k > 0 && _c.Lexicon.IsConjunctionFrame(_c.Key(k - 1)));

    // A complementiser within a few words after a quoted segment, not one a cue on the way introduces («…» مضيفة أن…:
    // the participle's own report, so the words in marks are the earlier verb's).
    private bool ComplementizerSoonAfter(int from)
    {
        for (var k = from; k < _c.Count && k < from + 3; k++)
        {
            if (_c.Lexicon.IsComplementizer(_c.Key(k))) return true;
            if (_c.Lexicon.Cue(_c.Key(k)) is not null) return false;
        }
        return false;
    }

    private const int MaxSubjectBeforeReport = 20;

    /// <summary>«مشيرا إلى أن»، «مؤكدا أن»، «منوها بأن»: a complementiser right after the participle or after its
    /// preposition (a participle that is a noun, «لافتة مكتوبا عليها إن», has none there).</summary>
    private bool OwnComplementizer(int participle)
    {
        for (var k = participle + 1; k < _c.Count && k <= participle + 2; k++)
            if (_c.Lexicon.IsComplementizer(_c.Key(k))) return true;
        return false;
    }

    private bool IntroducesSoon(int from, int sentenceEnd, int reach = 8)
    {
        for (var k = from; k < sentenceEnd && k < from + reach; k++)
            if (_c.Lexicon.IsComplementizer(_c.Key(k)) || _c.IsColon(k) || _c.SegmentOpeningAt(k) is not null) return true;
        return false;
    }

    /// <summary>The clause goes on after a quoted segment: more words follow before the sentence or the clause ends.</summary>
    private bool EndsClause(int afterClose)
    {
        var sentenceEnd = _c.SentenceEnd(Math.Min(afterClose, _c.Count - 1));
        if (afterClose >= sentenceEnd || afterClose >= _c.Count) return true;
        var t = _c.Tokens[afterClose];
        if (t.Kind is TokenKind.Punctuation or TokenKind.Quote) return true;
        return BreaksAfterComma(afterClose) || _c.Lexicon.Cue(t.Key) is not null;
    }
}
