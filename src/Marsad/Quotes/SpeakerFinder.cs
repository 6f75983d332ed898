using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Entities.Linking;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// Finds the phrase that names the speaker at a cue: the subject after the verb (وقال وزير الخارجية المصري سامح
/// شكري), or before it in nominal order (وسائل إعلام إسرائيلية قالت: where that subject starts is
/// <see cref="SubjectBeforeCue"/>'s), or the source after an attribution phrase.
/// Within the phrase a person wins (the name in apposition to a role, or the role the entity layer linked to its
/// holder); else the body or state the phrase starts with; a spokesperson (المتحدث باسم الخارجية) speaks for the body
/// named after it; an unnamed source (مصدر مطلع) keeps its words with a null entity id; a lone definite noun (الوزارة،
/// الحركة) refers back to the last body whose name starts with that noun (what a repeated noun stands for is
/// <see cref="RepeatedNounAntecedent"/>'s).
/// </summary>
internal sealed class SpeakerFinder(QuoteContext context)
{
    private const int MaxPhraseTokens = 10;
    private readonly QuoteContext _c = context;
    private AttributionMatcher? _attributions;
    private readonly CountedSource _counted = new(context);
    private readonly HonorificHolder _honorifics = new(context);
    private SubjectBeforeCue? _before;
    private RepeatedNounAntecedent? _antecedents;
    private SubjectAfterCue? _afterCue;

    /// <summary>The subject written before a cue in nominal order; it reads the phrase through this finder, hence made on
    /// first use.</summary>
    public SubjectBeforeCue Before => _before ??= new SubjectBeforeCue(_c, this);

    // What a lone definite noun repeats from earlier in the article; it reads the earlier phrases through this finder.
    private RepeatedNounAntecedent Antecedents => _antecedents ??= new RepeatedNounAntecedent(_c, this);

    // Where the subject after a verb starts; it asks this finder whether a word carries a pronoun, hence made on first use.
    private SubjectAfterCue AfterCue => _afterCue ??= new SubjectAfterCue(_c, this);

    /// <summary>The subject after a verb at <paramref name="cue"/>, and the token after it; null when none is written there.</summary>
    public SpeakerPhrase? After(int cue)
    {
        var sentenceEnd = _c.SentenceEnd(cue);
        // What may stand between the verb and its subject (dates, commas, the one spoken to) is stepped over first.
        var i = AfterCue.Start(cue, sentenceEnd, out var afterComma);
        if (i < sentenceEnd && Honorific(i) is { } honorific) return honorific;
        if (afterComma && i < sentenceEnd && CircumstantialClause(i)) return null;
        // A name in quotation marks as subject: قال "الحريري" عن…, and a longer one the entity layer names whole: أكد «المرصد
        // السوري لحقوق الإنسان» أن…
        if (i < sentenceEnd && _c.SegmentOpeningAt(i) is { } quoted
            && (quoted.WordCount <= 3 || quoted.WordCount <= MaxNameInMarks && NamedWhole(quoted))
            && At(quoted.FirstToken, quoted.EndToken) is { } inside)
            return inside with { End = quoted.Close + 1 };
        // «يرى 45 في المائة من المشاركين أن…»: a counted group as subject.
        return At(i, sentenceEnd) ?? _counted.At(i, sentenceEnd);
    }

    /// <summary>«وتابع، وكان يرد على سؤال: «…»», «وقالت، والدموع في عينيها، إن…»: after the verb and a comma, a word with the
    /// conjunction و (per the segmenter) that the entity layer names nothing opens a circumstantial clause (واو الحال),
    /// never the verb's subject, which takes no conjunction: the subject is unwritten.</summary>
    private bool CircumstantialClause(int token) =>
        _c.IsWord(token) && _c.MentionAt(token) is null && _c.HasProclitic(token, "و");

    /// <summary>«وبيّن سموه أن…», «مؤكدا معاليه أن…»: a title with its holder's pronoun at <paramref name="token"/> names no new
    /// speaker but the one introduced with that title; null when the word is no such title.</summary>
    public SpeakerPhrase? Honorific(int token) =>
        token < _c.Count && _honorifics.At(token) is { } holder ? new SpeakerPhrase(token, token + 1, holder) : null;

    // The words in marks are one entity's name, its mention running from the first word to the last.
    private bool NamedWhole(QuotedSegment quoted) =>
        _c.MentionAt(quoted.FirstToken) is { } named && named.EndToken == quoted.EndToken;

    /// <summary>The phrase starting at <paramref name="first"/> when it names a speaker.</summary>
    public SpeakerPhrase? At(int first, int sentenceEnd, bool requireKnown = false, bool antecedents = true)
    {
        if (first >= sentenceEnd || !(StartsPhrase(first) || (requireKnown || !antecedents) && _c.IsWord(first))) return null;
        var end = first;
        var namedInMarks = false;
        var mentions = new List<EntityMention>();
        while (end < sentenceEnd && end - first < MaxPhraseTokens)
        {
            if (_c.MentionAt(end) is { } mention)
            {
                if (end > first && SpokenToAfterUnnamed(first, end)) break;
                mentions.Add(mention);
                end = Math.Max(end + 1, mention.EndToken);
                continue;
            }
            // A short quoted name after a common noun is part of the phrase: موقع "والا" الإسرائيلي، منظمة «أطباء بلا حدود».
            if (_c.SegmentOpeningAt(end) is { } quoted && end > first && !mentions.Any(m => m.Type == EntityType.PER)
                && (quoted.WordCount <= 3 || quoted.WordCount <= MaxNameInMarks && NamesItsBody(end - 1)))
            {
                end = quoted.Close + 1;
                namedInMarks = true;
                continue;
            }
            // «الخبير الاجتماعي د. ناصر العريفي»: an abbreviated title's full stop goes on to the name after it.
            if (end > first && _c.IsAbbreviationDot(end) && end + 1 < sentenceEnd && _c.IsWord(end + 1))
            {
                end++;
                continue;
            }
            // «يقول عدد من المواطنين»، «ويرى الكثير من الخبراء»: the preposition after a partitive noun joins it to the group it
            // counts; the group goes on in the phrase.
            if (end == first + 1 && end + 1 < sentenceEnd && _c.IsWord(end + 1) && _c.Lexicon.JoinsPartitive(_c.Key(first), _c.Key(end)))
            {
                end++;
                continue;
            }
            // «وزراء خارجية الدول الـ28»: a number after the article drawn out before it is the word the article defines.
            if (end > first && _c.Tokens[end].Kind == TokenKind.Number && LoneArticle(end - 1))
            {
                end++;
                continue;
            }
            if (!_c.IsWord(end) || end > first && Ends(end)) break;
            // «وبحسب وزارة النقل البريطانية شهد إجمالي…»: after a bare attribution the source is a noun phrase; an
            // indefinite word that reads as a verb after a definite one begins the attributed clause.
            if (requireKnown && end > first && Definite(end - 1) && ReadsAsVerb(end)) break;
            if (ObjectAfterDefinitePhrase(first, end)) break;
            end++;
        }
        // An apposition after a comma names the person: «رئيس هيئة شؤون الأسرى، عيسى قراقع».
        if (end + 1 < sentenceEnd && _c.IsComma(end) && _c.MentionAt(end + 1) is { Type: EntityType.PER } named)
        {
            mentions.Add(named);
            end = named.EndToken;
        }
        if (end <= first) return null;
        var chosen = Choose(first, end, mentions, requireKnown, antecedents);
        // «منظمة «أطباء بلا حدود»»: the name in marks belongs to the speaker's words.
        if (namedInMarks && chosen is { } c && c.Speaker.Span.End < _c.Tokens[end - 1].Span.End && c.Speaker.Span.Start == _c.Tokens[first].Span.Start)
            return c with { Speaker = c.Speaker with { Text = _c.Span(first, end).Slice(_c.Input.Text), Span = _c.Span(first, end) } };
        return chosen;
    }

    // A name in marks read as a speaker's (or an addressee's, SubjectAfterCue) runs to six words at most.
    internal const int MaxNameInMarks = 6;

    /// <summary>
    /// «وأفاد شهود عيان لوكالة رويترز أن…»، «وقال مسؤول لصحيفة الحياة إن…»: after an unnamed source a name carrying the
    /// preposition ل is the one it spoke to, the outlet or person addressed, never part of the source's words nor a person
    /// speaking. After a title or body noun the ل is its genitive (المدير العام لشركة…، بيان لوزارة…) and goes on.
    /// </summary>
    private bool SpokenToAfterUnnamed(int first, int token) =>
        _c.Lexicon.Source(_c.Key(first)) == SourceClass.Unnamed && _c.HasProclitic(token, "ل");

    // The article opening the word itself: «والجندي أول» after a name starts a new conjunct, not an adjective.
    private bool WithArticle(int token) => CliticSegmenter.OpensWithArticle(_c.Key(token));

    /// <summary>
    /// «ووصفت الحكومة الأردنية المصغرة هجوم الأحد بأنه…»: a definite noun with its definite adjective is a whole noun
    /// phrase, which no indefinite word continues, so a common word after it (frequent in news, no given name) is the
    /// verb's object. The common word is told by news writing it with the article too (الهجوم). After a person's title
    /// the word is most often the name the entity layer missed, and given names are common words too («الممثلة الأردنية
    /// صبا مبارك», «المدير التنفيذي مساعد العتيبي»), so a title's phrase goes on.
    /// </summary>
    private bool ObjectAfterDefinitePhrase(int first, int token) =>
        token - first >= 2 && WithArticle(token - 1) && WithArticle(token - 2) && !Definite(token) && !IsPersonsTitle(first)
        && (NameWordEvidence.TakesTheArticle(_c.Base(token) ?? _c.Key(token)) || GovernsAPossessor(token));

    /// <summary>«وأعلنت اللجنة الشعبية المحلية فرض سيطرتها على…»: an indefinite noun whose next word carries a possessive
    /// pronoun of the third person (ها، هم، هما، هن; the lone ه is too often a folded ة, and نا the end of a foreign name,
    /// «مارادونا») is in construct before it (a verbal noun and its object, «بسط نفوذها»), a noun phrase of its own and no
    /// adjective or name continuing the definite subject.</summary>
    private bool GovernsAPossessor(int token) =>
        token + 1 < _c.Count && _c.IsWord(token + 1) && !Definite(token + 1) && !_c.HasPreposition(token + 1)
        && _c.Input.Words is { } words && token + 1 < words.Count && words[token + 1] is { HasLongThirdPersonPronoun: true };

    /// <summary>
    /// «أكدت شركة «نور للاستشارات المالية والعقارية» أن…»: a body noun of sources.tsv without its article stands in construct
    /// before the body's name, so the marks after it hold that name (a spelled-out acronym runs to several words), not
    /// words the body said: those follow a colon or a complementiser.
    /// </summary>
    private bool NamesItsBody(int token) => _c.IsWord(token) && !Definite(token) && _c.Lexicon.Source(_c.Key(token)) == SourceClass.Body;

    /// <summary>An indefinite word that reads as a perfect of three letters or a masculine imperfect (<see cref="InflectedVerb"/>).</summary>
    public bool ReadsAsVerb(int token)
    {
        if (Definite(token)) return false;
        var key = _c.Key(token);
        return InflectedVerb.IsTriliteralPerfect(key) || InflectedVerb.IsMasculineImperfect(_c.Base(token) ?? key);
    }

    // The segmenter found a pronoun attached to the word (بقوله، فيها، إننا); the subject before the cue asks it too.
    public bool HasEnclitic(int token) =>
        _c.Input.Words is { } words && token < words.Count && words[token] is { Enclitics.Count: > 0 };

    /// <summary>An indefinite word that reads as a third-person masculine imperfect (يصل، ويقول; <see cref="InflectedVerb"/>).</summary>
    public bool LooksLikeVerb(int token) => !Definite(token) && InflectedVerb.IsMasculineImperfect(_c.Base(token) ?? _c.Key(token));

    /// <summary>The nearest person (else body) named before <paramref name="token"/> within <paramref name="window"/> tokens of its sentence.</summary>
    public SpeakerPhrase? NearestBefore(int token, int window)
    {
        var sentenceStart = _c.SentenceStart(token);
        EntityMention? body = null;
        for (var k = token - 1; k >= sentenceStart && token - k <= window; k--)
        {
            if (_c.MentionAt(k) is not { } m || m.EndToken > token) continue;
            if (m.Type == EntityType.PER) return new SpeakerPhrase(m.FirstToken, m.EndToken, FromMention(m));
            if (m.Type is EntityType.ORG or EntityType.GPE && m.Kind is not MentionKind.Nisba) body ??= m;
        }
        return body is null ? null : new SpeakerPhrase(body.FirstToken, body.EndToken, FromMention(body));
    }

    private bool StartsPhrase(int token)
    {
        var t = _c.Tokens[token];
        if (t.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord)) return false;
        if (_c.MentionAt(token) is not null) return true;
        var key = t.Key;
        return !_c.Lexicon.IsComplementizer(key) && !IsStop(token) && _c.Lexicon.Cue(key) is null && !_c.HasPreposition(token)
            && !OpensAttribution(token);
    }

    /// <summary>«وتابعت وفقا لما ذكرته الوكالة أن…»: the first word of an attribution phrase (attributions.tsv) after a verb
    /// begins the report's source, never the verb's subject.</summary>
    private bool OpensAttribution(int token) => (_attributions ??= new AttributionMatcher(_c, this)).At(token) is not null;

    private bool Ends(int token)
    {
        var key = _c.Key(token);
        if (_c.Lexicon.Source(key) == SourceClass.Link) return false;
        // A date says when the words were said, not who said them: «المتحدث باسم النقابة اليوم», «الجنرال يوم الجمعة»; a
        // recurrence is the speaker's adjective («التقرير السنوي»).
        return _c.Lexicon.IsComplementizer(key) || IsStop(token) || _c.Lexicon.Cue(key) is not null
            || _c.HasPreposition(token) || _c.Lexicon.IsClauseBreak(key) || OpensAttribution(token) || _c.InDate(token);
    }

    // A word of speaker-stops.tsv ends the phrase, unless it is a given name written like one; the subject before the cue
    // reads the same stops.
    public bool IsStop(int token) => _c.IsSpeakerStop(token) && !NameBeforePunctuation(token);

    // «قال علي، مضيفا», «الحاج علي، الذي…»: a given name written like a stop word (علي and على share a matching key) is the
    // name when a punctuation mark follows it; a preposition never stands right before one. Nor right after an abbreviated
    // title: «ويؤكد د. علي لـ"الصحيفة" أن…».
    private bool NameBeforePunctuation(int token) =>
        NameWordEvidence.IsGivenName(_c.Key(token))
        && (token + 1 < _c.Count && _c.Tokens[token + 1].Kind == TokenKind.Punctuation || token > 0 && _c.IsAbbreviationDot(token - 1));

    /// <summary>
    /// A mention a few words on that the phrase is in apposition with, before anything that ends the subject:
    /// «المبعوث الأميركي إلى السودان توم بيرييلو», «بيان صادر عن الجيش السوداني».
    /// </summary>
    // A name in apposition may come a few words after the phrase; a report's issuer comes right after it or its preposition
    // («تقرير صادر عن البنك الدولي»), not after a relative clause («التقرير الذي نقلته وكالة الأنباء»: who relayed it).
    private const int MaxApposedReach = 6;
    private const int MaxIssuerReach = 2;

    private EntityMention? Ahead(int from, Func<EntityMention, bool> wanted, int reach = MaxApposedReach)
    {
        var sentenceEnd = _c.SentenceEnd(Math.Min(from, _c.Count - 1));
        for (var k = from; k < sentenceEnd && k < from + reach; k++)
        {
            if (_c.MentionAt(k) is { } m && wanted(m)) return m;
            // A short name in marks on the way: «نائب رئيس نادي الطلبة في "ويتشيتا" عبدالرحمن العتيبي».
            if (_c.SegmentOpeningAt(k) is { WordCount: <= 3 } quoted && quoted.Close + 1 < sentenceEnd)
            {
                k = quoted.Close;
                continue;
            }
            var key = _c.Key(k);
            if (_c.Lexicon.IsComplementizer(key) || _c.IsColon(k) || _c.IsComma(k) || _c.IsSentenceEndMark(k) || _c.Tokens[k].Kind == TokenKind.Quote
                || _c.Lexicon.Cue(key) is not null) return null;
        }
        return null;
    }

    /// <summary>The end of the words naming who issued a statement or whom a spokesperson speaks for, after a preposition
    /// (لوزارة…، عن الجيش…), or <paramref name="from"/> when none follow or the word after the preposition opens the report
    /// (إلى أن).</summary>
    private int Issuer(int from)
    {
        var sentenceEnd = _c.SentenceEnd(Math.Min(from, _c.Count - 1));
        if (from >= sentenceEnd || !_c.IsWord(from)) return from;
        var start = _c.HasPreposition(from) ? from : _c.IsSpeakerStop(from) && from + 1 < sentenceEnd && NamesABody(from + 1) ? from + 1 : -1;
        // «وأشار البيان إلى أن…», «ولفت المتحدث إلى أن…»: a preposition the verb governs, then the report, names no issuer.
        if (start < 0 || _c.Lexicon.IsComplementizer(_c.Key(start)) || _c.Lexicon.Cue(_c.Key(start)) is not null) return from;
        var end = start + 1;
        while (end < sentenceEnd && end - start < 5)
        {
            // «دراسة لشركة «آي إتش إس» أن…»: the body's short name in marks is part of its words.
            if (_c.SegmentOpeningAt(end) is { WordCount: <= MaxNameInMarks } name && name.Close + 1 <= sentenceEnd) end = name.Close + 1;
            else if (_c.IsWord(end) && !Ends(end)) end++;
            else break;
        }
        return end;
    }

    // The article written apart, drawn out with a tatweel before a number (الـ28).
    private bool LoneArticle(int token) => _c.IsWord(token) && _c.Tokens[token].Normalized == "ال";

    /// <summary>«بيان عن الجيش»، «بيان من وزارته»: after a preposition written apart the issuer is a name, a definite noun
    /// (or one with a possessive pronoun) or a body noun of sources.tsv; an indefinite common word begins an adverbial («البيان في وقت متأخر من السبت»).</summary>
    private bool NamesABody(int token) =>
        _c.IsWord(token) && (_c.MentionAt(token) is not null || Definite(token) || HasEnclitic(token)
            || _c.Lexicon.Source(_c.Key(token)) == SourceClass.Body);

    public bool Definite(int token)
    {
        var key = _c.Key(token);
        return CliticSegmenter.WithoutConjunction(key.AsSpan(), 3).StartsWith("ال");
    }

    // «المرصد» or «جمعية المزارعين»: the head noun is definite, or in construct before a definite word.
    public bool DefiniteHead(int first, int end) => Definite(first) || first + 1 < end && Definite(first + 1);

    private SpeakerPhrase? Choose(int first, int end, List<EntityMention> mentions, bool requireKnown, bool antecedents)
    {
        var span = _c.Span(first, end);
        var text = span.Slice(_c.Input.Text);
        // A person named by name beats the role phrase before it; a role the entity layer linked to a person is next, unless
        // another noun governs it: «نائب الممثل الخاص للأمين العام» and «مستشار الرئيس الأمريكي» are not the office's holder.
        var person = mentions.LastOrDefault(m => m.Type == EntityType.PER && m.Kind is MentionKind.Name or MentionKind.ShortName)
            ?? mentions.FirstOrDefault(m => m.Type == EntityType.PER && !GovernedRole(m, first, mentions));
        if (person is not null) return new SpeakerPhrase(first, end, FromMention(person));

        var source = _c.Lexicon.Source(_c.Key(first));
        if (source is SourceClass.SpeaksFor or SourceClass.IssuedBy or SourceClass.Document)
        {
            // «متحدث باسم الحكومة» is an anonymous source; «المتحدث باسم الخارجية» speaks for it.
            if (source == SourceClass.SpeaksFor && !Definite(first)) return new SpeakerPhrase(first, end, new QuoteSpeaker(null, text, span));
            // A state's adjective is no report's issuer: «دراسة ألمانية» is a study made in Germany, not Germany's words.
            // A report's issuer stands right after its noun or the issuing verb («تقرير البنك»، «دراسة أجرتها الجامعة»); a
            // state named further on is inside another body's name («تقرير شركة سبائك الكويت»).
            var body = mentions.FirstOrDefault(m => m.Type is EntityType.ORG or EntityType.GPE && m.Kind is not MentionKind.Nisba
                    && (source != SourceClass.Document || m.FirstToken - first <= MaxIssuerReach))
                ?? (source == SourceClass.Document ? null : mentions.FirstOrDefault(m => m.Type is EntityType.ORG or EntityType.GPE))
                ?? Ahead(end, m => m.Type is EntityType.ORG or EntityType.GPE or EntityType.PER && m.Kind is not MentionKind.Nisba,
                    source == SourceClass.Document ? MaxIssuerReach : MaxApposedReach);
            if (body is null)
            {
                // The body the entity layer does not know, in words: «بيان لوزارة الموارد المائية».
                // A report's issuer in words follows a preposition («التقرير السنوي لغرفة الشرقية»), not a time or a verb.
                var issuer = source == SourceClass.Document && !_c.HasPreposition(end) ? end : Issuer(end);
                if (issuer > end) return new SpeakerPhrase(first, issuer, new QuoteSpeaker(null, _c.Span(first, issuer).Slice(_c.Input.Text), _c.Span(first, issuer)));
                if (source == SourceClass.Document) return Report(first, end, antecedents);
                // A statement or spokesperson alone (البيان، المتحدث) is the last speaker's.
                return new SpeakerPhrase(first, end, new QuoteSpeaker(null, text, span)) { Anaphoric = end - first == 1, Noun = Bare(first), CanBeAPerson = true, Statement = source == SourceClass.IssuedBy };
            }
            if (body.EndToken > end) (end, span) = (body.EndToken, _c.Span(first, body.EndToken));
            // «المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض عبدالله المريبض»: the person named after the body speaks.
            if (body.Type != EntityType.PER && Ahead(end, m => m.Type == EntityType.PER && m.Kind is MentionKind.Name) is { } named)
                return new SpeakerPhrase(first, named.EndToken, FromMention(named));
            if (antecedents && source == SourceClass.SpeaksFor && Antecedents.EarlierSpokesperson(first, body.EntityId) is { } introduced)
                return new SpeakerPhrase(first, end, introduced with { Text = span.Slice(_c.Input.Text), Span = span });
            return new SpeakerPhrase(first, end, new QuoteSpeaker(body.EntityId, span.Slice(_c.Input.Text), span));
        }
        if (source == SourceClass.Unnamed)
        {
            var own = UnnamedSourceEnd(first, end);
            return new SpeakerPhrase(first, end, new QuoteSpeaker(null, _c.Span(first, own).Slice(_c.Input.Text), _c.Span(first, own)));
        }

        if (mentions.Count > 0 && mentions[0].FirstToken == first && mentions[0].Kind is not MentionKind.Nisba
            && mentions[0].Type is EntityType.PER or EntityType.ORG or EntityType.GPE or EntityType.MISC)
            return new SpeakerPhrase(first, end, FromMention(mentions[0]));
        // After a bare attribution only a known source speaks (بحسب القانون is none), but a body the entity layer did not
        // tag is one: «بحسب الهلال الأحمر الفلسطيني», «وفق المرصد», «حسب جمعية المزارعين» (a body noun of sources.tsv
        // heading a definite phrase). It goes on as any untagged subject: a lone noun refers back to the body named with it.
        if (requireKnown && !(source == SourceClass.Body && DefiniteHead(first, end))) return null;
        if (Ahead(end, m => m.Type == EntityType.PER && m.Kind is MentionKind.Name) is { } apposed)
            return new SpeakerPhrase(first, apposed.EndToken, FromMention(apposed));
        if (end - first == 1 && Definite(first))
        {
            if (Antecedents.Antecedent(first) is { } antecedent)
                return new SpeakerPhrase(first, end, FromMention(antecedent));
            return new SpeakerPhrase(first, end, new QuoteSpeaker(null, text, span))
            {
                Anaphoric = true,
                Noun = Bare(first),
                CanBeAPerson = IsPersonsTitle(first),
                Description = antecedents ? Antecedents.EarlierDescription(first) : null,
            };
        }
        // Not an entity the article names: keep the words (a collective «يمنيون», a source the entity layer missed).
        var words = Math.Min(end - first, 4);
        if (first + words < end && LoneArticle(first + words - 1)) words++;
        var kept = _c.Span(first, first + words);
        return new SpeakerPhrase(first, end, new QuoteSpeaker(null, kept.Slice(_c.Input.Text), kept));
    }

    /// <summary>
    /// A report or study that names no issuer with it: alone and definite («وأوضح التقرير أن») it speaks for the issuer
    /// named with the same noun earlier in the article («تقرير نشره بيت التمويل»، «دراسة أجرتها جامعة…»); else the report
    /// itself speaks, an unnamed source in its own words («دراسة حديثة»، «التقرير»), never the last speaker.
    /// </summary>
    private SpeakerPhrase Report(int first, int end, bool antecedents)
    {
        var span = _c.Span(first, end);
        if (antecedents && end - first == 1 && Definite(first) && Antecedents.EarlierIssuer(first) is { } issuer)
            return new SpeakerPhrase(first, end, issuer with { Text = span.Slice(_c.Input.Text), Span = span });
        var own = UnnamedSourceEnd(first, end);
        return new SpeakerPhrase(first, end, new QuoteSpeaker(null, _c.Span(first, own).Slice(_c.Input.Text), _c.Span(first, own)));
    }

    /// <summary>
    /// «مصدر أمني طلب عدم كشف اسمه»، «مسؤول كبير رفض ذكر اسمه»: after an unnamed source and its adjective, an indefinite
    /// word that reads as a verb (<see cref="ReadsAsVerb"/>) begins a clause describing the source, not its name; the
    /// source's words end before it. The word right after the noun is left alone («مصدر أمن الدولة») unless it is a time,
    /// which says when the source spoke, not who («كما قال مسؤول الجمعة»).
    /// </summary>
    private int UnnamedSourceEnd(int first, int end)
    {
        if (first + 1 < end && _c.InTime(first + 1)) return first + 1;
        for (var k = first + 2; k < end; k++)
            if (ReadsAsVerb(k)) return k;
        return end;
    }

    /// <summary>A role mention inside the phrase that a word outside any mention comes before: the genitive of that word.</summary>
    private bool GovernedRole(EntityMention role, int first, List<EntityMention> mentions) =>
        role.Kind == MentionKind.Role && role.FirstToken > first
        && !mentions.Any(m => m.FirstToken < role.FirstToken && m.EndToken >= role.FirstToken);

    /// <summary>Whether the word is a person's title or office in the entity layer's context words (context.tsv `title`:
    /// السفير، الدكتور، وزير، المتحدث), with or without its article.</summary>
    private bool IsPersonsTitle(int token)
    {
        var bare = Bare(token);
        var context = EntityGazetteer.Default.Context(bare) | EntityGazetteer.Default.Context("ال" + bare);
        return (context & ContextKind.Title) != 0;
    }

    // The word without a conjunction, preposition and article: بالمبعوث → مبعوث.
    public string Bare(int token) => BareSpan(token).ToString();

    // The same, unallocated: a repeated noun compares it with every earlier word.
    public ReadOnlySpan<char> BareSpan(int token) => CliticSegmenter.WithoutArticle((_c.Base(token) ?? _c.Key(token)).AsSpan(), 2);

    public static QuoteSpeaker FromMention(EntityMention m) => new(m.EntityId, m.Text, m.Span);
}
