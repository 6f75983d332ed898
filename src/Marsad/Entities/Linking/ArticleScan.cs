using Marsad.Documents;
using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Recognition and linking for one article, in passes that each read what the earlier ones found:
/// gazetteer, role and pattern matches (longest first, left to right); names after titles; role phrases resolved to
/// people; short and first names of people already in the article; the statistical tagger for what is left;
/// and the states named inside organization and role phrases. Not thread-safe: one scan per article.
/// </summary>
internal sealed partial class ArticleScan
{
    private const int Free = -1;
    private const int Reserved = -2;

    private readonly EntityGazetteer _g;
    private readonly EntityInput _input;
    private readonly IEntityTagger? _tagger;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int[] _sentenceOf;
    private readonly int[] _claim;
    private readonly ContextKind?[] _context;
    private readonly List<Draft> _drafts = [];
    private readonly List<RoleDraft> _roles = [];
    private readonly List<int> _nameStarts = [];
    private readonly Dictionary<string, (EntityType Type, string NameAr, string? NameEn)> _unknown = [];
    private IReadOnlyList<IReadOnlyList<TaggedSpan>>? _tagged;
    private bool[]? _taggedPerson;

    public ArticleScan(EntityGazetteer gazetteer, EntityInput input, IEntityTagger? tagger)
    {
        _g = gazetteer;
        _input = input;
        _tagger = tagger;
        _tokens = input.Tokens;
        _claim = new int[_tokens.Count];
        _context = new ContextKind?[_tokens.Count];
        Array.Fill(_claim, Free);
        _sentenceOf = new int[_tokens.Count];
        Array.Fill(_sentenceOf, -1);
        foreach (var sentence in input.Sentences)
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < _tokens.Count; t++)
                _sentenceOf[t] = sentence.Index;
    }

    public ArticleEntities Run()
    {
        if (_tokens.Count == 0) return ArticleEntities.Empty;
        MatchGazetteerRolesAndPatterns();
        FindTitleStarts();
        CaptureNamesAfterTitles();
        ResolveRoles();
        LinkShortNames();
        TagRemainingNames();
        ResolveRolesByApposition();
        LinkShortNames();
        JoinTaggedShortNames();
        AddNestedStates();
        LinkEmbassiesToPlace();
        return Build();
    }

    private sealed class Draft
    {
        public int First;
        public int End;
        public int Stripped;
        public required string EntityId { get; set; }
        public EntityType Type;
        public MentionKind Kind;
        public required string Rule;
        public double? Confidence;
        public bool Loaded;
        public bool Nested;
    }

    private sealed class RoleDraft
    {
        public int First;
        public int End;
        public int Stripped;
        public required RolePhrase Phrase;
        public KnownEntity? State;
        public bool LoadedSpec;
        public bool Former;
        public Draft? Draft;
    }

    /// <summary>«السفارة الإيرانية» after «السفارة التركية لدى بغداد» in one article is the same embassy.</summary>
    private void LinkEmbassiesToPlace()
    {
        var placed = _drafts.Where(d => d.Rule == EntityRules.Embassy && d.EntityId.Contains("-in-", StringComparison.Ordinal))
            .Select(d => d.EntityId).Distinct().ToList();
        foreach (var d in _drafts.Where(d => d.Rule == EntityRules.Embassy && !d.EntityId.Contains("-in-", StringComparison.Ordinal)))
        {
            var same = placed.Where(id => id.StartsWith(d.EntityId + "-in-", StringComparison.Ordinal)).ToList();
            if (same.Count == 1) d.EntityId = same[0];
        }
    }

    private string Key(int i) => _tokens[i].Key;

    /// <summary>The tagger's spans for every sentence, computed once (the title rule and the tagger pass both read them).</summary>
    private IReadOnlyList<IReadOnlyList<TaggedSpan>> Tagged()
    {
        if (_tagged is not null) return _tagged;
        if (_tagger is null || _input.Sentences.Count == 0) return _tagged = [];
        var sentences = _input.Sentences
            .Select(sentence => (IReadOnlyList<string>)Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(k => _tokens[k].Normalized).ToArray())
            .ToArray();
        return _tagged = _tagger.Tag(sentences);
    }

    /// <summary>Whether the tagger reads token <paramref name="i"/> as part of a person's name; null without a tagger.</summary>
    private bool? TaggedPerson(int i)
    {
        if (_tagger is null || _input.Sentences.Count == 0) return null;
        // A scan may look one past the last token (a title at the very end of the text): no token there, no person.
        if (i >= _tokens.Count) return false;
        if (_taggedPerson is null)
        {
            _taggedPerson = new bool[_tokens.Count];
            var tagged = Tagged();
            for (var s = 0; s < tagged.Count && s < _input.Sentences.Count; s++)
                foreach (var span in tagged[s].Where(t => t.Type == EntityType.PER))
                    for (var k = _input.Sentences[s].FirstToken + span.Start; k < _input.Sentences[s].FirstToken + span.End && k < _tokens.Count; k++)
                        _taggedPerson[k] = true;
        }
        return _taggedPerson[i];
    }

    /// <summary>Whether the tagger reads token <paramref name="i"/> as part of an organization's or a place's name (معهد رويان).</summary>
    private bool TaggedOther(int i)
    {
        if (_tagger is null || i >= _tokens.Count || _sentenceOf[i] < 0 || _sentenceOf[i] >= _input.Sentences.Count) return false;
        var sentence = _input.Sentences[_sentenceOf[i]];
        var tagged = Tagged();
        if (sentence.Index >= tagged.Count) return false;
        var at = i - sentence.FirstToken;
        return tagged[sentence.Index].Any(t => t.Type is EntityType.ORG or EntityType.LOC && t.Start <= at && at < t.End);
    }

    private bool InSentence(int i, int sentenceOfStart) => i < _tokens.Count && _sentenceOf[i] == sentenceOfStart;

    private int SentenceEnd(int i)
    {
        var end = i;
        while (end < _tokens.Count && _sentenceOf[end] == _sentenceOf[i]) end++;
        return end;
    }

    private bool IsWord(int i) => _tokens[i].IsWord;

    private bool IsArabicWord(int i) => _tokens[i].Kind == TokenKind.ArabicWord;

    private bool IsSeparator(int i) => _tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket;

    /// <summary>The token before <paramref name="i"/> in its sentence, skipping quotes and brackets; -1 if none.</summary>
    private int Previous(int i)
    {
        for (var p = i - 1; p >= 0 && _sentenceOf[p] == _sentenceOf[i]; p--)
            if (_tokens[p].Kind is not (TokenKind.Quote or TokenKind.Bracket)) return p;
        return -1;
    }

    private ContextKind ContextOf(int i)
    {
        // Asked many times per token by the rules; computed once.
        if (_context[i] is { } cached) return cached;
        var kinds = ContextKind.None;
        foreach (var (key, _) in ProcliticVariants.Of(Key(i))) kinds |= _g.Context(key);
        _context[i] = kinds;
        return kinds;
    }

    private string PhraseKeyAt(string first, int i, int n)
    {
        if (n == 1) return first;
        var parts = new string[n];
        parts[0] = first;
        for (var k = 1; k < n; k++) parts[k] = Key(i + k);
        return string.Join(' ', parts);
    }

    private Draft AddDraft(int first, int end, int stripped, string entityId, EntityType type, MentionKind kind, string rule, bool nested = false)
    {
        var draft = new Draft
        {
            First = first, End = end, Stripped = stripped, EntityId = entityId, Type = type, Kind = kind, Rule = rule,
            Loaded = kind == MentionKind.LoadedTerm, Nested = nested,
        };
        _drafts.Add(draft);
        if (!nested)
            for (var k = first; k < end; k++) _claim[k] = _drafts.Count - 1;
        return draft;
    }

    private string RegisterUnknown(EntityType type, string nameAr, string? nameEn = null, string? id = null)
    {
        id ??= EntityId.ForUnknown(type, nameAr);
        if (!_unknown.TryGetValue(id, out var known) || known.NameAr.Length < nameAr.Length)
            _unknown[id] = (type, nameAr, nameEn);
        return id;
    }

    private string NormalizedText(int first, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(k => _tokens[k].Normalized));

    /// <summary>
    /// The original span of a mention: from its first token, less the proclitic letters stripped off it, to its last,
    /// mapped through the normalized text so bidi marks, ligatures and presentation forms cannot shift it.
    /// </summary>
    private TextSpan OriginalSpan(Draft d)
    {
        var first = _tokens[d.First].NormalizedSpan;
        return _input.Normalized.ToOriginal(first.Start + Math.Min(d.Stripped, first.Length - 1), _tokens[d.End - 1].NormalizedSpan.End);
    }

    private ArticleEntities Build()
    {
        var mentions = new List<EntityMention>(_drafts.Count);
        foreach (var d in _drafts)
        {
            var span = OriginalSpan(d);
            mentions.Add(new EntityMention(span, span.Slice(_input.Text), d.EntityId, d.Type, d.Kind,
                d.Confidence ?? EntityRules.Confidence(d.Rule), d.Rule, d.First, d.End, Math.Max(_sentenceOf[d.First], 0))
            {
                Loaded = d.Loaded,
            });
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));

        var entities = mentions.GroupBy(m => m.EntityId)
            .Select(group =>
            {
                var known = _g.Find(group.Key);
                if (known is not null)
                    return new LinkedEntity(known.Id, known.Type, known.NameAr, known.NameEn, true, [.. group]);
                var (type, nameAr, nameEn) = _unknown[group.Key];
                return new LinkedEntity(group.Key, type, nameAr, nameEn, false, [.. group]);
            })
            .OrderBy(e => e.Mentions[0].Span.Start)
            .ToList();
        return new ArticleEntities(mentions, entities);
    }
}
