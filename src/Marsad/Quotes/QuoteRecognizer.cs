using Marsad.Documents;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// Finds the quotes of one article in text order, cue by cue: for a verb or noun of saying, its speaker
/// (<see cref="SpeakerFinder"/>, or <see cref="SpeakerMemory"/> when no subject is written) and what it introduces
/// (<see cref="ReportedClauseFinder"/>: after it, or a quoted segment just before it: «…» قال علي); for an attribution
/// phrase, <see cref="AttributionFinder"/>; for a back-reference («…»، هكذا قال…), the verb after it. An interrupted quote
/// («…»، وأضاف: «…», or «…»، قال X، «…») is one quote per part, each with its cue and the same speaker. A relaying verb
/// or phrase (نقلت الوكالة عن مصدر أن، ذكرت الصحيفة نقلاً عن مسؤول أن) gives the words to the source it names.
/// Cues inside a quote already found belong to its words; an attribution that frames a quote with its own cue
/// («وبحسب الوكالة، أكد ظريف أن…») leaves the speaker to that quote.
/// Thread-safe: the state of one article lives in the passes it builds.
/// </summary>
public sealed class QuoteRecognizer(QuoteLexicon lexicon)
{
    private static readonly Lazy<QuoteRecognizer> s_default = new(() => new QuoteRecognizer(QuoteLexicon.Default));

    public static QuoteRecognizer Default => s_default.Value;

    public QuoteLexicon Lexicon { get; } = lexicon;

    public IReadOnlyList<Quote> Recognize(QuoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Tokens.Count == 0) return [];
        return new Scan(new QuoteContext(input, Lexicon)).Run();
    }

    private sealed record Found(ReportedContent Content, QuoteCue Cue, QuoteSpeaker? Speaker, int CueToken, bool Attribution);

    /// <summary>One article's pass over its cues; the passes it holds keep that article's state.</summary>
    private sealed class Scan
    {
        private readonly QuoteContext _c;
        private readonly AttributionMatcher _matcher;
        private readonly SpeakerFinder _speakers;
        private readonly SayingNounSpeaker _sayingNoun;
        private readonly ReportedClauseFinder _clauses;
        private readonly AttributionFinder _attributions;
        private readonly SpeakerMemory _memory;
        private readonly ExistentialSource _existential;
        private readonly GenericRelative _generic;
        private readonly InterviewQuestion _question;
        private readonly List<Found> _found = [];
        private readonly HashSet<QuotedSegment> _used = [];
        private readonly HashSet<int> _consumed = [];
        private readonly bool[] _quoted;

        public Scan(QuoteContext context)
        {
            _c = context;
            _speakers = new SpeakerFinder(_c);
            _sayingNoun = new SayingNounSpeaker(_c, _speakers);
            _matcher = new AttributionMatcher(_c, _speakers);
            _clauses = new ReportedClauseFinder(_c, _matcher);
            _attributions = new AttributionFinder(_c, _matcher, _clauses);
            _memory = new SpeakerMemory(_c, _speakers);
            _existential = new ExistentialSource(_c);
            _generic = new GenericRelative(_c);
            _question = new InterviewQuestion(_c);
            _quoted = new bool[_c.Count];
            // «في قصة «حكاية الرجل الذي يعتقد أنها…»»: the words of a title in marks are a name; a cue among them says nothing.
            foreach (var segment in _c.Segments)
                if (_clauses.Titled(segment))
                    for (var t = segment.FirstToken; t < segment.EndToken; t++) _quoted[t] = true;
        }

        public IReadOnlyList<Quote> Run()
        {
            for (var k = 0; k < _c.Count; k++)
            {
                if (!_c.IsWord(k) || _consumed.Contains(k) || InsideQuote(k)) continue;
                if (_attributions.At(k) is { } attributed)
                {
                    // «وذكرت صحيفة X نقلاً عن مسؤول أن…» was read with its verb: the phrase was its relay.
                    if (_found.Any(f => attributed.Content.First <= f.CueToken && f.CueToken < attributed.Content.End)) continue;
                    // «بحسب الوكالة» after «وكالة الأنباء الكورية»: a lone noun refers back as it does after a verb.
                    Add(new Found(attributed.Content, attributed.Cue, Resolve(attributed.Source, k), k, Attribution: true));
                    k = Math.Max(k, attributed.Source.End - 1);
                    continue;
                }
                if (BackReference(k) is { } back)
                {
                    Add(back);
                    continue;
                }
                if (Lexicon.Cue(_c.Key(k)) is not { } cue) continue;
                // «…، مما يشير إلى أن»: what the facts show, said by no one.
                if (k > 0 && Lexicon.IsInferenceFrame(_c.Key(k - 1))) continue;
                // «يمكن أن يفيد»، «من شأنه أن يؤكد»: what may or must happen, not what was said; «يجب أن أقول» is the
                // speaker's own statement.
                if (cue.Form == CueForm.Verb && AfterModalFrame(k) && !FirstPerson(k)) continue;
                // «على الدول العربية أن تقول إنها…»، «…، وأن تؤكد أنها…»: an imperfect right after a bare أن is in the
                // subjunctive, what someone is to, ought to or would say, and reports nothing; a time frame before the أن
                // («قبل أن يضيف أن…») narrates what was said. An entity written as its subject («أن يكتب الشاعر فلان») is still
                // the one the participles that follow go back to.
                // After a verb whose أنْ-clause happened («تعمّد أن يقول»، «لم ينس أن يشير») the saying is told, a cue.
                if (cue.Imperfect && AfterBareParticle(k) && !AfterTimeFrame(k) && !AfterImplicativeVerb(k) && !FirstPerson(k))
                {
                    if (_speakers.After(k) is { } subject && Resolve(subject, k) is { EntityId: not null } named) _memory.RememberSubject(named, k);
                    continue;
                }
                // «أقل ما يمكن القول عنه إنه…»: the noun of saying right after a modal frame is the writer's own phrase.
                if (cue.Form == CueForm.Noun && k > 0 && Lexicon.IsModalFrame(_c.Key(k - 1))) continue;
                // «والحقيقة تقول إن…»: a personified abstract noun; the writer's own point, said by no one.
                if (cue.Form == CueForm.Verb && _speakers.Before.PersonifiedBefore(k)) continue;
                // «ومن يعتقد أن … فهو واهم»: "whoever" as the subject; a figure the writer answers, said by no one.
                // «ولن يعتقد أحدنا أن…»: one of the writer and the readers, no one quoted.
                if (cue.Form == CueForm.Verb && (_generic.Before(k) || _generic.Person(k))) continue;
                // «ويذكر أن …», «يعتقد أن …» opening a sentence or a clause after a comma («…، ويعتقد أنه قتل»), or describing
                // an indefinite plural («مسلحين يعتقد أنهم»): the impersonal passive, the writer's background or a belief
                // nobody states.
                if (cue.Impersonal && ImpersonalPassive(k)) continue;
                // «الفرق بين الماضي والحاضر أن…»: after a noun the form is the preposition, not the verb بيّن.
                if (cue.AlsoPreposition && !OpensClause(k) && !WrittenWithShadda(k)) continue;
                ReadCue(k, cue);
            }

            // An attribution whose words hold a quote with its own cue only framed that quote.
            _found.RemoveAll(f => f.Attribution && _found.Any(o => !o.Attribution && f.Content.First <= o.CueToken && o.CueToken < f.Content.End));
            _found.Sort((a, b) => a.Content.Span.Start.CompareTo(b.Content.Span.Start));
            var quotes = new List<Quote>(_found.Count);
            foreach (var f in _found)
                quotes.Add(new Quote($"q{quotes.Count + 1}", f.Content.Span, f.Content.Span.Slice(_c.Input.Text), f.Content.Kind, f.Cue, f.Speaker,
                    _c.SentenceSpan(f.Content.First)));
            return quotes;
        }

        private QuoteLexicon Lexicon => _c.Lexicon;

        private bool InsideQuote(int token) => _quoted[token];


        /// <summary>The token starts its sentence, follows a punctuation mark, or follows a clause opener (بدوره، كما، الذي).</summary>
        private bool OpensClause(int token)
        {
            var before = token - 1;
            if (before < _c.SentenceStart(token) || !_c.IsWord(before)) return true;
            return Lexicon.IsClauseOpener(_c.Key(before));
        }

        /// <summary>
        /// The impersonal passive at <paramref name="cue"/>: its complementiser right after it or after an adverb («ويذكر هنا
        /// أن»، «ويعتقد أيضا أن», speaker-stops.tsv; a manner word tells how someone said it: «يذكر مبتسما أن»), opening a sentence or a clause or describing an indefinite plural; or
        /// after a resumptive preposition's pronoun («في وقت يتوقع فيه أن»), where a verb with a subject would name it before
        /// the complementiser («في وقت أكدت فيه الشركة أن»).
        /// </summary>
        private bool ImpersonalPassive(int cue)
        {
            var next = cue + 1;
            if (next + 1 < _c.Count && _c.IsWord(next) && !Lexicon.IsComplementizer(_c.Key(next)) && _c.IsSpeakerStop(next)
                && !Lexicon.IsAddressee(_c.Key(next)) && !Lexicon.IsManner(_c.Key(next)) && Lexicon.IsComplementizer(_c.Key(next + 1)))
            {
                if (_c.Base(next) is { } stem && stem != _c.Key(next) && Lexicon.IsResumptivePreposition(stem)) return true;
                next++;
            }
            next = PastTimeAside(next);
            return next < _c.Count && Lexicon.IsComplementizer(_c.Key(next))
                && (_c.OpensSentence(cue) || !_c.IsWord(cue - 1) || DescribesIndefinitePlural(cue));
        }

        /// <summary>
        /// The token after a time the writer put between a verb and its complementiser («ويرجح حتى اللحظة أن»), or after an
        /// aside set off by commas that holds a time («ويرجح، حتى الآن على الأقل، أن»): no subject phrase stands there, so the
        /// verb stays impersonal. Otherwise <paramref name="token"/> itself.
        /// </summary>
        private int PastTimeAside(int token)
        {
            var t = token;
            while (t < _c.Count && _c.IsWord(t) && _c.InTime(t)) t++;
            if (t > token) return t;
            if (t >= _c.Count || !_c.IsComma(t)) return token;
            var holdsTime = false;
            for (var k = t + 1; k < _c.Count && k <= t + MaxTimeAside + 1; k++)
            {
                if (_c.IsComma(k)) return holdsTime && k > t + 1 ? k + 1 : token;
                if (!_c.IsWord(k)) return token;
                holdsTime |= _c.InTime(k);
            }
            return token;
        }

        /// <summary>Words an aside set off by commas between a verb and its complementiser holds at most.</summary>
        private const int MaxTimeAside = 5;

        /// <summary>The word before the token is an indefinite sound plural or dual (مسلحين، مواطنون) that names no one: the
        /// token begins a clause describing it.</summary>
        private bool DescribesIndefinitePlural(int token)
        {
            var before = token - 1;
            if (before < _c.SentenceStart(token) || !_c.IsWord(before) || _c.MentionAt(before) is not null) return false;
            if (_c.Input.Words is { } words && before < words.Count && words[before] is { } word && (word.IsDefinite || word.Enclitics.Count > 0)) return false;
            var key = _c.Key(before);
            return SoundPluralEnding.Masculine(key, minLength: 5) && !CliticSegmenter.OpensWithArticle(key);
        }

        /// <summary>The token follows a bare أن after a modal or scheduling frame (conjunction-frames.tsv `modal`).</summary>
        private bool AfterModalFrame(int token) =>
            token >= 2 && Lexicon.IsComplementizer(_c.Key(token - 1)) && _c.Key(token - 1).Length <= 2 && Lexicon.IsModalFrame(_c.Key(token - 2));

        /// <summary>The token follows a bare أن, alone or with و/ف (أن، وأن), no pronoun on it.</summary>
        private bool AfterBareParticle(int token) =>
            token >= 1 && _c.IsWord(token - 1) && CliticSegmenter.WithoutConjunction(_c.Key(token - 1), 2) is { Length: <= 2 } particle
            && Lexicon.IsComplementizer(particle);

        /// <summary>The bare أن before the token closes a conjunction of time or manner (conjunction-frames.tsv `verb`: قبل أن،
        /// بعد أن، دون أن), not a modal frame.</summary>
        private bool AfterTimeFrame(int token) =>
            token >= 2 && Lexicon.IsConjunctionFrame(_c.Key(token - 2)) && !Lexicon.IsSubjectFrame(_c.Key(token - 2))
            && !Lexicon.IsModalFrame(_c.Key(token - 2));

        /// <summary>
        /// «نلاحظ أن…»، «وأنا أقول إن…»: an imperfect of the first person with no subject written is the writer's own words,
        /// never the last speaker's: a columnist's view, a memoir's narrator. It goes on with a speaker when it stands in
        /// someone's words: inside quotation marks, in a sentence where that speaker already spoke («وقال: نتمنى…،
        /// ونؤكد أن…»), or in an interview's answer, a line opening with a dash («- أتوقع أن…»).
        /// </summary>
        private bool WritersOwn(int token, CueWord cue) =>
            SubjectInPrefix(token, cue) && !InsideMarks(token) && !_memory.SpokeInSentence(token) && !OpensWithDash(token);

        /// <summary>An imperfect of the first person (أقول، نذكر): «I» or «we» is its subject, so none is written after it.</summary>
        private bool SubjectInPrefix(int token, CueWord cue) => cue.Imperfect && FirstPerson(token);

        private bool InsideMarks(int token) => _c.Segments.Any(s => s.Open < token && token < s.Close);

        private bool OpensWithDash(int token) =>
            _c.Tokens[_c.SentenceStart(token)] is { Kind: TokenKind.Punctuation } first && first.Normalized is "-" or "–" or "—";

        /// <summary>The bare أن before the token completes a verb whose أنْ-clause happened (implicative-verbs.tsv): right
        /// before it («تعمد أن يقول») or with its subject between («وتعمد المدرب سالم أن يقول»), no punctuation on the way.</summary>
        private bool AfterImplicativeVerb(int token)
        {
            var sentenceStart = _c.SentenceStart(token);
            for (var t = token - 2; t >= sentenceStart && token - t <= MaxImplicativeReach && _c.IsWord(t); t--)
                if (Lexicon.IsImplicativeVerb(_c.Key(t))) return true;
            return false;
        }

        /// <summary>Words from an implicative verb to the verb of saying: the verb, a subject of up to three words, أن.</summary>
        private const int MaxImplicativeReach = 5;

        /// <summary>
        /// An imperfect of the first person (أقول، نقول، ونشير): its prefix أ or ن (FirstPersonShape). Both persons, unlike
        /// the word of hoping modality reads (ProjectedAct.SpeakersOwn, «we» only): the token here is a verb of saying
        /// already read as an imperfect (its cue so marked, or a verb right after a bare «أن»), so an opening ا is the
        /// prefix of «I», where a word of hoping may be the noun «أمل», whose own hamza looks the same; and no ending نا,
        /// which an imperfect never carries.
        /// </summary>
        private bool FirstPerson(int token) => FirstPersonShape.OpensImperfect(CliticSegmenter.WithoutConjunction(_c.Key(token), 3));

        /// <summary>The word carries the conjunction و or ف (وكشف، فقال), per the segmenter.</summary>
        private bool WithConjunction(int token) =>
            _c.Input.Words is { } words && token < words.Count && words[token] is { } word && word.Proclitics.Any(p => p is "و" or "ف");

        /// <summary>The word as written carries a shadda (بيّن): the verb, whatever comes before it.</summary>
        private bool WrittenWithShadda(int token) => _c.Tokens[token].Span.Slice(_c.Input.Text).Contains('\u0651');

        private void Add(Found found)
        {
            // Two cues of one report («نقلت عن X قوله إن…») give one quote.
            if (_found.Any(f => f.Content.Span == found.Content.Span)) return;
            // «* هل تعتقد أن…؟»: an interviewer's question; what follows the verb is asked about, not said.
            if (found.Content.Kind == QuoteKind.Indirect && _question.Asks(found.CueToken)) return;
            _found.Add(found);
            if (!found.Attribution)
                for (var t = found.Content.First; t < found.Content.End; t++) _quoted[t] = true;
            if (found.Content.Segment is { } segment) _used.Add(segment);
            if (found.Speaker is { } speaker) _memory.Remember(speaker, found.CueToken);
        }

        private void ReadCue(int k, CueWord cue)
        {
            var cueRecord = Cue(k, k + 1);
            // A participle has its subject in the clause before it, unless a title with its holder's pronoun follows it.
            // A verb of the first person («أقول لكم وكلي ثقة: …») has its subject in its prefix: the words after it name
            // no one.
            SpeakerPhrase? phrase = cue.Form == CueForm.Verb ? (SubjectInPrefix(k, cue) ? null : _speakers.After(k))
                : cue.Form == CueForm.Participle ? _speakers.Honorific(k + 1) : null;
            var contentFrom = phrase?.End ?? k + 1;
            var relayPronoun = -1;
            if (cue.RelayPreposition is { } preposition && Relayed(k, preposition) is { } relayed)
            {
                phrase = relayed;
                contentFrom = relayed.End;
                // نُقل عن الوزير قوله إن…: the noun of saying belongs to the relay.
                if (contentFrom < _c.Count && Lexicon.Cue(_c.Key(contentFrom)) is { Form: CueForm.Noun }) _consumed.Add(contentFrom++);
            }
            // «ونقلت عنه وكالة الأنباء أن…», «ونقلت عنها صحيفة «الرأي» قولها إن…»: the relay's pronoun; the outlet and the
            // relay's noun of saying after it come before the words reported.
            else if (cue.RelayPreposition is { } relay && (relayPronoun = RelayPronoun(k, relay)) >= contentFrom)
            {
                contentFrom = _speakers.After(relayPronoun)?.End ?? relayPronoun + 1;
                if (contentFrom < _c.Count && Lexicon.Cue(_c.Key(contentFrom)) is { Form: CueForm.Noun }) _consumed.Add(contentFrom++);
            }

            var before = cue.Form == CueForm.Verb ? _clauses.Before(k) : null;
            // A marked fragment inside an indirect quote already found («إن الحكومة "تنظر…"، وأضاف: "…"») is part of its words.
            if (before is not null && (_used.Contains(before) || InsideQuote(before.FirstToken))) before = null;
            var content = _clauses.After(contentFrom, cue);
            if (content?.Segment is { } taken && _used.Contains(taken)) content = null;
            if (content is null && before is null)
            {
                // «طلب عدم كشف اسمه»، «نموذج كشف طبي»: after a noun the form is a verbal noun, whose «subject» would be
                // remembered as the speaker of the participle that follows (…، موضحا).
                if (cue.Form == CueForm.Verb && phrase is not null && (OpensClause(k) || WithConjunction(k))) _memory.RememberSubject(Resolve(phrase, k), k);
                return;
            }

            // ذكرت الصحيفة نقلاً عن مسؤول أن…: the source after the relay phrase speaks.
            var relayedSource = content is not null ? RelayInGap(contentFrom, content.First, phrase) : null;
            if (relayedSource is not null) phrase = relayedSource;

            var speaker = phrase is not null ? Resolve(phrase, k) : null;
            // «ونقلت عنه الصحيفة أن…»: the relay's pronoun stands for the person named last, who speaks, not the outlet.
            if (relayedSource is null && relayPronoun >= 0 && _memory.NearestPersonBefore(k) is { } person) speaker = person;
            if (speaker is null)
            {
                var earlier = cue.Form switch
                {
                    CueForm.Verb => _existential.Before(k) ?? _speakers.Before.Find(k),
                    // «أكد الوزير أن …، بقوله: «…»»: the pronoun stands for the clause's speaker, whom memory holds.
                    CueForm.Noun when _sayingNoun.SaysThroughItsPronoun(k) => null,
                    CueForm.Noun => _sayingNoun.GoverningVerbSubject(k) ?? _speakers.NearestBefore(k, window: 6),
                    _ => null,
                };
                speaker = earlier?.Speaker ?? (WritersOwn(k, cue) ? null : _memory.Resolve(k));
            }

            // A complementiser or colon after the cue introduces what it reports; a quote before the cue is its report only
            // when nothing follows, or when the quote goes on right after the speaker (interrupted).
            var adjacent = content?.Segment is { } nextPart && nextPart.Open <= contentFrom + 1;
            if (before is not null && (content is null || adjacent))
            {
                // «…» قال علي: the quote before the cue; «…»، قال X، «…»: and the part right after the speaker.
                Add(new Found(_clauses.Direct(before), cueRecord, speaker, k, Attribution: false));
                if (adjacent) Add(new Found(content!, cueRecord, speaker, k, Attribution: false));
                return;
            }
            Add(new Found(content!, cueRecord, speaker, k, Attribution: false));
        }

        private QuoteSpeaker Resolve(SpeakerPhrase phrase, int cue) =>
            phrase.Anaphoric && _memory.ResolveAnaphor(phrase, cue) is { } antecedent ? antecedent : phrase.Speaker;

        /// <summary>Words after a relaying verb its preposition stands within.</summary>
        private const int MaxRelayReach = 8;

        /// <summary>The speaker named after the relay preposition (نقلت وكالة رويترز عن مصدر أمني…), within a few words.</summary>
        private SpeakerPhrase? Relayed(int cue, string preposition)
        {
            var sentenceEnd = _c.SentenceEnd(cue);
            for (var p = cue + 1; p < sentenceEnd && p <= cue + MaxRelayReach; p++)
            {
                if (Lexicon.IsComplementizer(_c.Key(p)) || _c.IsColon(p)) return null;
                if (_c.Key(p) == preposition) return _speakers.At(p + 1, sentenceEnd);
            }
            return null;
        }

        /// <summary>The token of the relay preposition carrying a pronoun (عنه، عنها) within a few words after the cue, before
        /// the report («ونقلت عنه وكالة الأنباء», «ونقلت صحيفة «الرأي» عنها قولها»), or -1.</summary>
        private int RelayPronoun(int cue, string preposition)
        {
            var sentenceEnd = _c.SentenceEnd(cue);
            for (var p = cue + 1; p < sentenceEnd && p <= cue + MaxRelayReach; p++)
            {
                if (Lexicon.IsComplementizer(_c.Key(p)) || _c.IsColon(p)) return -1;
                if (_c.Base(p) == preposition && _c.Input.Words is { } words && p < words.Count && words[p] is { Enclitics.Count: > 0 }) return p;
            }
            return -1;
        }

        /// <summary>
        /// The source of an attribution phrase between the cue and its report, whose words are the report's («ذكرت الصحيفة
        /// نقلاً عن مسؤول أن…», «وقالت الصحيفة، حسب أصدقاء له، إن…»); the phrase is consumed. After a phrase that only
        /// tells what was said (attributions.tsv `teller`: بحسب، وفق) the source speaks only when it is no news carrier
        /// (<see cref="NewsCarrier"/>) and the verb's subject is none or one: «وقال سكان محليون - حسب وكالة الأنباء
        /// الألمانية - إن…» and «وأضاف، بحسب الوكالة، أن…» leave the words to the verb's own subject, written or remembered.
        /// </summary>
        private SpeakerPhrase? RelayInGap(int from, int to, SpeakerPhrase? subject)
        {
            for (var t = from; t < to; t++)
            {
                if (_matcher.At(t) is not { Phrase.Follows: AttributionFollows.Source } match) continue;
                if (_speakers.At(match.End, _c.SentenceEnd(t)) is not { } source) continue;
                for (var c = t; c < match.End; c++) _consumed.Add(c);
                if (match.Phrase.Names == AttributionNames.Speaker) return source;
                return !NewsCarrier(source) && (subject is null || NewsCarrier(subject)) ? source : null;
            }
            return null;
        }

        /// <summary>A news agency or outlet: the gazetteer's kinds agency and outlet, or a phrase headed by a noun of
        /// news-carriers.tsv (وكالة، صحيفة، قناة) the entity layer did not link.</summary>
        private bool NewsCarrier(SpeakerPhrase phrase) =>
            phrase.Speaker.EntityId is { } id ? Entities.Gazetteer.EntityGazetteer.Default.Find(id)?.Kind is "agency" or "outlet"
            : Lexicon.IsNewsCarrier(_c.Key(phrase.First));

        /// <summary>«…»، هكذا قال الوزير / بهذه العبارة وصف النقيب…: the verb after the back-reference reports the quote.</summary>
        private Found? BackReference(int k)
        {
            if (_clauses.Before(k) is not { } segment || _used.Contains(segment)) return null;
            foreach (var phrase in Lexicon.BackReferences)
            {
                var n = phrase.Count;
                if (k + n >= _c.Count) continue;
                var matches = true;
                for (var w = 0; w < n && matches; w++) matches = _c.Key(k + w) == phrase[w];
                if (!matches) continue;
                var verb = k + n;
                if (!_c.IsWord(verb)) return null;
                var phraseFound = _speakers.After(verb);
                var speaker = phraseFound is not null ? Resolve(phraseFound, verb) : _memory.Resolve(verb);
                for (var c = k; c <= verb; c++) _consumed.Add(c);
                return new Found(_clauses.Direct(segment), Cue(verb, verb + 1), speaker, verb, Attribution: false);
            }
            return null;
        }

        private QuoteCue Cue(int first, int end)
        {
            var span = _c.Span(first, end);
            return new QuoteCue(span.Slice(_c.Input.Text), span);
        }
    }
}
