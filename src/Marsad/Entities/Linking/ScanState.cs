using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// What the passes of one article's scan share: the article's tokens and sentences, the mentions and role phrases found
/// so far, which token each claims, the unknown entities registered, and the tagger's spans (computed once, on first
/// use). Each pass reads what the earlier ones left here and adds to it. Not thread-safe: one state per article.
/// </summary>
internal sealed class ScanState
{
    /// <summary>A token no mention claims.</summary>
    public const int Free = -1;

    /// <summary>A token inside a role phrase not (yet) resolved to a person.</summary>
    public const int Reserved = -2;

    private readonly ContextKind?[] _context;
    private readonly int[] _sentenceEnd;
    private readonly TokenVariant[]?[] _variants;
    private readonly Dictionary<string, (EntityType Type, string NameAr, string? NameEn)> _unknown = [];
    private IReadOnlyList<IReadOnlyList<TaggedSpan>>? _tagged;
    private bool[]? _taggedPerson;
    private char[] _phrase = new char[64];

    public ScanState(EntityGazetteer gazetteer, EntityInput input, IEntityTagger? tagger)
    {
        Gazetteer = gazetteer;
        Input = input;
        Tagger = tagger;
        Tokens = input.Tokens;
        Claim = new int[Tokens.Count];
        _context = new ContextKind?[Tokens.Count];
        Array.Fill(Claim, Free);
        SentenceOf = new int[Tokens.Count];
        Array.Fill(SentenceOf, -1);
        foreach (var sentence in input.Sentences)
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < Tokens.Count; t++)
                SentenceOf[t] = sentence.Index;
        // Every rule asks where a token's sentence (or run of tokens outside sentences) ends: once per token, from the end.
        _sentenceEnd = new int[Tokens.Count];
        for (var t = Tokens.Count - 1; t >= 0; t--)
            _sentenceEnd[t] = t + 1 < Tokens.Count && SentenceOf[t + 1] == SentenceOf[t] ? _sentenceEnd[t + 1] : t + 1;
        _variants = new TokenVariant[]?[Tokens.Count];
    }

    public EntityGazetteer Gazetteer { get; }

    public EntityInput Input { get; }

    public IEntityTagger? Tagger { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence of each token; -1 for a token outside every sentence.</summary>
    public int[] SentenceOf { get; }

    /// <summary>For each token: the index in <see cref="Drafts"/> of the mention that claims it, <see cref="Free"/> or <see cref="Reserved"/>.</summary>
    public int[] Claim { get; }

    public List<MentionDraft> Drafts { get; } = [];

    public List<RoleDraft> Roles { get; } = [];

    public string Key(int i) => Tokens[i].Key;

    /// <summary>Token <paramref name="i"/> as the article writes it (its tanween and shadda kept).</summary>
    public ReadOnlySpan<char> Original(int i) => Input.Text.AsSpan(Tokens[i].Span.Start, Tokens[i].Span.End - Tokens[i].Span.Start);

    /// <summary>The tagger's spans for every sentence, computed once (the title rule and the tagger pass both read them).</summary>
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> Tagged()
    {
        if (_tagged is not null) return _tagged;
        if (Tagger is null || Input.Sentences.Count == 0) return _tagged = [];
        var sentences = new IReadOnlyList<string>[Input.Sentences.Count];
        for (var n = 0; n < sentences.Length; n++)
        {
            var sentence = Input.Sentences[n];
            var words = new string[sentence.TokenCount];
            for (var k = 0; k < words.Length; k++) words[k] = Tokens[sentence.FirstToken + k].Normalized;
            sentences[n] = words;
        }
        return _tagged = Tagger.Tag(sentences);
    }

    /// <summary>Whether the tagger reads token <paramref name="i"/> as part of a person's name; null without a tagger.</summary>
    public bool? TaggedPerson(int i)
    {
        if (Tagger is null || Input.Sentences.Count == 0) return null;
        // A scan may look one past the last token (a title at the very end of the text): no token there, no person.
        if (i >= Tokens.Count) return false;
        if (_taggedPerson is null)
        {
            _taggedPerson = new bool[Tokens.Count];
            var tagged = Tagged();
            for (var s = 0; s < tagged.Count && s < Input.Sentences.Count; s++)
                foreach (var span in tagged[s])
                    if (span.Type == EntityType.PER)
                        for (var k = Input.Sentences[s].FirstToken + span.Start; k < Input.Sentences[s].FirstToken + span.End && k < Tokens.Count; k++)
                        _taggedPerson[k] = true;
        }
        return _taggedPerson[i];
    }

    /// <summary>Whether the tagger reads token <paramref name="i"/> as part of an organization's or a place's name (معهد رويان).</summary>
    public bool TaggedOther(int i) => TaggedOtherStart(i) >= 0;

    /// <summary>The first token of the organization's or place's name the tagger reads token <paramref name="i"/> in; -1 when none.</summary>
    public int TaggedOtherStart(int i)
    {
        if (Tagger is null || i >= Tokens.Count || SentenceOf[i] < 0 || SentenceOf[i] >= Input.Sentences.Count) return -1;
        var sentence = Input.Sentences[SentenceOf[i]];
        var tagged = Tagged();
        if (sentence.Index >= tagged.Count) return -1;
        var at = i - sentence.FirstToken;
        foreach (var t in tagged[sentence.Index])
            if (t.Type is EntityType.ORG or EntityType.LOC && t.Start <= at && at < t.End) return sentence.FirstToken + t.Start;
        return -1;
    }

    public bool InSentence(int i, int sentenceOfStart) => i < Tokens.Count && SentenceOf[i] == sentenceOfStart;

    /// <summary>The token after the last of token <paramref name="i"/>'s sentence.</summary>
    public int SentenceEnd(int i) => i < Tokens.Count ? _sentenceEnd[i] : i;

    /// <summary>
    /// The readings of token <paramref name="i"/>'s key with proclitics taken off (<see cref="ProcliticVariants"/>),
    /// each with what the gazetteer knows of it, computed once: the rules look a token up many times, each time through
    /// every reading.
    /// </summary>
    public TokenVariant[] Variants(int i)
    {
        if (_variants[i] is { } known) return known;
        var readings = ProcliticVariants.Of(Key(i));
        var variants = new TokenVariant[readings.Length];
        for (var v = 0; v < readings.Length; v++)
            variants[v] = new TokenVariant(readings[v].Key, readings[v].Stripped, Gazetteer.Word(readings[v].Key));
        return _variants[i] = variants;
    }

    public bool IsWord(int i) => Tokens[i].IsWord;

    public bool IsArabicWord(int i) => Tokens[i].Kind == TokenKind.ArabicWord;

    public bool IsSeparator(int i) => Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket;

    /// <summary>
    /// The first token of the first mention naming person <paramref name="entityId"/> with two words or more: news names a
    /// person in full before it calls him by one of his names, so a lone name before that is someone else's.
    /// </summary>
    public int FirstNamedInFull(string entityId)
    {
        var first = int.MaxValue;
        foreach (var d in Drafts)
            if (d.EntityId == entityId && d is { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false } && d.End - d.First >= 2 && d.First < first) first = d.First;
        return first;
    }

    /// <summary>The token before <paramref name="i"/> in its sentence, skipping quotes and brackets; -1 if none.</summary>
    public int Previous(int i)
    {
        for (var p = i - 1; p >= 0 && SentenceOf[p] == SentenceOf[i]; p--)
            if (Tokens[p].Kind is not (TokenKind.Quote or TokenKind.Bracket)) return p;
        return -1;
    }

    public ContextKind ContextOf(int i)
    {
        // Asked many times per token by the rules; computed once.
        if (_context[i] is { } cached) return cached;
        var kinds = ContextKind.None;
        foreach (var variant in Variants(i)) kinds |= variant.Word.Context;
        _context[i] = kinds;
        return kinds;
    }

    /// <summary>The lookup key of <paramref name="n"/> tokens from <paramref name="i"/>, the first read as <paramref name="first"/>.</summary>
    public string PhraseKeyAt(string first, int i, int n) => n == 1 ? first : new string(PhraseKeySpan(first, i, n));

    /// <summary>
    /// <see cref="PhraseKeyAt"/> written into this scan's buffer, valid until the next call: the matchers try every
    /// length of phrase at every token, and a string for each would be most of what the linker allocates.
    /// </summary>
    public ReadOnlySpan<char> PhraseKeySpan(string first, int i, int n)
    {
        var length = first.Length;
        for (var k = 1; k < n; k++) length += 1 + Key(i + k).Length;
        if (_phrase.Length < length) _phrase = new char[Math.Max(length, 2 * _phrase.Length)];
        first.CopyTo(_phrase);
        var at = first.Length;
        for (var k = 1; k < n; k++)
        {
            _phrase[at++] = ' ';
            Key(i + k).CopyTo(_phrase.AsSpan(at));
            at += Key(i + k).Length;
        }
        return _phrase.AsSpan(0, length);
    }

    public MentionDraft AddDraft(int first, int end, int stripped, string entityId, EntityType type, MentionKind kind, string rule, bool nested = false,
        bool fusedArticle = false)
    {
        var draft = new MentionDraft
        {
            First = first, End = end, Stripped = stripped, EntityId = entityId, Type = type, Kind = kind, Rule = rule,
            Loaded = kind == MentionKind.LoadedTerm, Nested = nested, FusedArticle = fusedArticle,
        };
        Drafts.Add(draft);
        if (!nested)
            for (var k = first; k < end; k++) Claim[k] = Drafts.Count - 1;
        return draft;
    }

    /// <summary>Takes mentions back (a longer name overrides them) and frees their tokens.</summary>
    public void RemoveDrafts(IReadOnlyCollection<MentionDraft> drafts)
    {
        if (drafts.Count == 0) return;
        Drafts.RemoveAll(drafts.Contains);
        Array.Fill(Claim, Free);
        foreach (var role in Roles)
            for (var k = role.First; k < role.End; k++) Claim[k] = Reserved;
        for (var d = 0; d < Drafts.Count; d++)
            if (!Drafts[d].Nested)
                for (var k = Drafts[d].First; k < Drafts[d].End; k++) Claim[k] = d;
    }

    /// <summary>An entity the gazetteer does not know, by its id; the longest Arabic name seen for it wins.</summary>
    public string RegisterUnknown(EntityType type, string nameAr, string? nameEn = null, string? id = null)
    {
        id ??= EntityId.ForUnknown(type, nameAr);
        if (!_unknown.TryGetValue(id, out var known) || known.NameAr.Length < nameAr.Length)
            _unknown[id] = (type, nameAr, nameEn);
        return id;
    }

    public (EntityType Type, string NameAr, string? NameEn) Unknown(string id) => _unknown[id];

    /// <summary>
    /// The normalized text of tokens [first, end) as a name: without the first token's stripped proclitic letters and,
    /// when they end in the preposition ل written against the article's ل (للهيئة = ل + الهيئة), with the article's alef
    /// back, so that «للهيئة الوطنية…» names the same body as «الهيئة الوطنية…».
    /// </summary>
    public string NameText(int first, int end, int stripped, bool fusedArticle) =>
        FusedArticle.Restore(NormalizedText(first, end)[stripped..], fusedArticle);

    public string NormalizedText(int first, int end)
    {
        if (end - first == 1) return Tokens[first].Normalized;
        var words = new string[end - first];
        for (var k = 0; k < words.Length; k++) words[k] = Tokens[first + k].Normalized;
        return string.Join(' ', words);
    }
}
