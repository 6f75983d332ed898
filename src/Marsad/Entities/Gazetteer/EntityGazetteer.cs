using Marsad.Text.Normalization;
using static Marsad.Entities.Gazetteer.GazetteerFile;

namespace Marsad.Entities.Gazetteer;

/// <summary>
/// The team's gazetteer (Resources/Entities/*.tsv) as lookup tables keyed by phrase key (token keys joined by a space).
/// Immutable once loaded; <see cref="Default"/> is shared by every thread.
/// </summary>
public sealed class EntityGazetteer
{
    private static readonly Lazy<EntityGazetteer> s_default = new(Load);

    private readonly Dictionary<string, KnownEntity> _byId = [];
    private readonly Dictionary<string, KnownEntity> _stateByIso = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NameEntry>> _names = [];
    private readonly Dictionary<string, RolePhrase> _roles = [];
    private readonly Dictionary<string, ContextKind> _context = [];
    private readonly Dictionary<string, KnownEntity> _byEnglish = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _nisbas = [];
    private OfficeHolders _holders = OfficeHolders.Empty;
    private readonly Dictionary<string, WordFacts> _words = [];

    // The same tables read by a phrase key the linker writes into a buffer, so that a lookup allocates no string.
    private Dictionary<string, List<NameEntry>>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private Dictionary<string, RolePhrase>.AlternateLookup<ReadOnlySpan<char>> _rolesBySpan;
    private Dictionary<string, ContextKind>.AlternateLookup<ReadOnlySpan<char>> _contextBySpan;

    // Longest phrase starting with a given first-word key, so a token that starts nothing costs one lookup.
    private readonly Dictionary<string, int> _nameFirst = [];
    private readonly Dictionary<string, int> _roleFirst = [];
    private readonly Dictionary<string, int> _contextFirst = [];

    public static EntityGazetteer Default => s_default.Value;

    public IReadOnlyCollection<KnownEntity> Entities => _byId.Values;

    public int MaxNameWords { get; private set; }

    public int MaxRoleWords { get; private set; }

    public int MaxContextWords { get; private set; }

    public int NameWordsFrom(string firstKey) => _nameFirst.GetValueOrDefault(firstKey);

    public int RoleWordsFrom(string firstKey) => _roleFirst.GetValueOrDefault(firstKey);

    public int ContextWordsFrom(string firstKey) => _contextFirst.GetValueOrDefault(firstKey);

    public KnownEntity? Find(string id) => _byId.GetValueOrDefault(id);

    public KnownEntity? StateByIso(string iso) => _stateByIso.GetValueOrDefault(iso);

    /// <summary>What the gazetteer knows of one word key (<see cref="WordFacts.None"/> when nothing).</summary>
    public WordFacts Word(string key) => _words.GetValueOrDefault(key, WordFacts.None);

    public IReadOnlyList<NameEntry> Lookup(string phraseKey) =>
        _names.TryGetValue(phraseKey, out var entries) ? entries : [];

    public IReadOnlyList<NameEntry> Lookup(ReadOnlySpan<char> phraseKey) =>
        _namesBySpan.TryGetValue(phraseKey, out var entries) ? entries : [];

    public RolePhrase? Role(string phraseKey) => _roles.GetValueOrDefault(phraseKey);

    public RolePhrase? Role(ReadOnlySpan<char> phraseKey) => _rolesBySpan.TryGetValue(phraseKey, out var role) ? role : null;

    public ContextKind Context(string phraseKey) => _context.GetValueOrDefault(phraseKey);

    public ContextKind Context(ReadOnlySpan<char> phraseKey) => _contextBySpan.TryGetValue(phraseKey, out var kinds) ? kinds : ContextKind.None;

    /// <summary>Every state's one-word nisba written definite and masculine singular (الروسي، الفرنسي), as countries.tsv lists it.</summary>
    public IEnumerable<string> DefiniteMasculineNisbas() => _nisbas.Values.SelectMany(n => n)
        .Select(n => NisbaForms.Definite(n, feminine: false)).OfType<string>().Where(n => !n.Contains(' ', StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal);

    /// <summary>People who held <paramref name="role"/> for <paramref name="iso"/> on <paramref name="date"/>, or ever when no date.</summary>
    public IEnumerable<KnownEntity> Holders(string role, string iso, DateOnly? date) => _holders.Of(role, iso, date);

    /// <summary>An entity by any Arabic name, nisba or English name, compared on matching keys.</summary>
    /// <param name="includeAmbiguous">Also names marked ? (العربية، الجزيرة), which are ordinary words as often as names.</param>
    public KnownEntity? FindByName(string name, bool includeAmbiguous = true)
    {
        if (_byEnglish.TryGetValue(name.Trim(), out var english)) return english;
        // Each name's entries are sorted by kind when the gazetteer loads: the first admitted one is the best.
        foreach (var e in Lookup(PhraseKey.Join(PhraseKey.Split(name))))
            if (e.Kind is not NameKind.ContextShort and not NameKind.FirstName && (includeAmbiguous || !e.NeedsContext)) return e.Entity;
        return null;
    }

    private static EntityGazetteer Load()
    {
        var g = new EntityGazetteer();
        g.LoadCountries();
        g.LoadPlaces();
        g.LoadOrganizations();
        g.LoadStateBodies();
        g.LoadPeople();
        g.LoadLoaded();
        g.LoadRoles();
        g.LoadContext();
        foreach (var list in g._names.Values) list.Sort((a, b) => a.Kind.CompareTo(b.Kind));
        g._holders = new OfficeHolders(g._byId.Values);
        g.GatherWords();
        g._namesBySpan = g._names.GetAlternateLookup<ReadOnlySpan<char>>();
        g._rolesBySpan = g._roles.GetAlternateLookup<ReadOnlySpan<char>>();
        g._contextBySpan = g._context.GetAlternateLookup<ReadOnlySpan<char>>();
        return g;
    }

    /// <summary>Every word key that is a name, a role or a context word alone, or starts one, with all of it in one place.</summary>
    private void GatherWords()
    {
        var keys = _nameFirst.Keys.Concat(_roleFirst.Keys).Concat(_contextFirst.Keys)
            .Concat(_names.Keys).Concat(_roles.Keys).Concat(_context.Keys)
            .Where(k => !k.Contains(' ', StringComparison.Ordinal)).ToHashSet();
        foreach (var key in keys)
            _words[key] = new WordFacts
            {
                Names = Lookup(key),
                Role = Role(key),
                Context = Context(key),
                NameWords = NameWordsFrom(key),
                RoleWords = RoleWordsFrom(key),
                ContextWords = ContextWordsFrom(key),
            };
    }

    private void LoadCountries()
    {
        foreach (var (line, f) in Read("countries.tsv"))
        {
            var names = List(Field(f, 3)).ToList();
            var state = Add(new KnownEntity(Field(f, 0), EntityType.GPE, names[0].TrimStart('?'), Field(f, 2), [.. names.Select(n => n.TrimStart('?'))])
            {
                Iso = Field(f, 1),
            });
            _stateByIso[state.Iso!] = state;
            foreach (var name in names) AddName(name, state, NameKind.Name);
            _nisbas[state.Id] = [.. List(Field(f, 4))];
            foreach (var nisba in _nisbas[state.Id])
                foreach (var form in NisbaForms.Of(nisba))
                    AddName(form, state, NameKind.Nisba);

            var capitalNames = List(Field(f, 6)).ToList();
            if (capitalNames.Count == 0) continue;
            var capital = Add(new KnownEntity("loc:" + Slug(Field(f, 5)), EntityType.LOC, capitalNames[0].TrimStart('?'), Field(f, 5),
                [.. capitalNames.Select(n => n.TrimStart('?'))])
            {
                Country = state.Iso,
                ActsFor = NullIfEmpty(Field(f, 7)) ?? state.Id,
                Kind = "capital",
            });
            foreach (var name in capitalNames) AddName(name, capital, NameKind.Place);
        }
    }

    private void LoadPlaces()
    {
        foreach (var (_, f) in Read("places.tsv"))
        {
            var names = List(Field(f, 3)).ToList();
            var actsFor = Field(f, 5);
            var place = Add(new KnownEntity(Field(f, 0), Enum.Parse<EntityType>(Field(f, 1)), names[0].TrimStart('?'), Field(f, 2),
                [.. names.Select(n => n.TrimStart('?'))])
            {
                Country = NullIfEmpty(Field(f, 4)),
                ActsFor = actsFor.Length > 0 ? _stateByIso[actsFor].Id : null,
            });
            foreach (var name in names) AddName(name, place, NameKind.Place);
        }
    }

    private void LoadOrganizations()
    {
        foreach (var (_, f) in Read("organizations.tsv"))
        {
            var names = List(Field(f, 2)).ToList();
            var org = Add(new KnownEntity(Field(f, 0), EntityType.ORG, names.FirstOrDefault(n => !n.StartsWith('?')) ?? names[0].TrimStart('?'), Field(f, 1),
                [.. names.Select(n => n.TrimStart('?'))])
            {
                Country = NullIfEmpty(Field(f, 3)),
                Kind = NullIfEmpty(Field(f, 4)),
            });
            foreach (var name in names) AddName(name, org, NameKind.Name);
        }
    }

    /// <summary>
    /// The bodies every state has (state-bodies.tsv), written once per state of countries.tsv from a pattern: its
    /// definite nisba ({nisba_f}, {nisba_m}) or each of its names ({name}).
    /// </summary>
    private void LoadStateBodies()
    {
        var states = _stateByIso.Values.Distinct().ToList();
        foreach (var (_, f) in Read("state-bodies.tsv"))
        {
            var (pattern, nameEn, kind) = (Field(f, 0), Field(f, 1), Field(f, 3));
            var nameKind = Field(f, 4) == "description" ? NameKind.Description : NameKind.Name;
            var templates = List(Field(f, 2)).ToList();
            foreach (var state in states)
            {
                var names = templates.SelectMany(t => StateBodyNames(t, state)).Distinct().ToList();
                if (names.Count == 0) continue;
                // A body organizations.tsv already lists under one of these names gets the others (the State Department).
                var existing = names.SelectMany(n => Lookup(PhraseKey.Join(PhraseKey.Split(n))))
                    .Select(e => e.Entity).FirstOrDefault(e => e.Type == EntityType.ORG);
                var body = existing ?? Add(new KnownEntity($"org:{pattern}-{state.Id[(state.Id.IndexOf(':') + 1)..]}", EntityType.ORG, names[0],
                    nameEn.Replace("{state}", state.NameEn, StringComparison.Ordinal), names)
                {
                    Country = state.Iso,
                    Kind = kind,
                });
                foreach (var name in names) AddName(name, body, nameKind);
            }
        }
    }

    private IEnumerable<string> StateBodyNames(string template, KnownEntity state)
    {
        if (template.Contains("{name}", StringComparison.Ordinal))
            return state.NamesAr.Select(n => template.Replace("{name}", n, StringComparison.Ordinal));
        var feminine = template.Contains("{nisba_f}", StringComparison.Ordinal);
        if (!feminine && !template.Contains("{nisba_m}", StringComparison.Ordinal)) return [template];
        return _nisbas.GetValueOrDefault(state.Id, [])
            .Select(n => NisbaForms.Definite(n, feminine))
            .OfType<string>()
            .Select(n => template.Replace(feminine ? "{nisba_f}" : "{nisba_m}", n, StringComparison.Ordinal));
    }

    private void LoadPeople()
    {
        // Particles inside Arabic names and the titles that open royal ones are never a short form on their own.
        var particles = NameWordList.Default.NoShortForm;
        foreach (var (line, f) in Read("people.tsv"))
        {
            var names = List(Field(f, 2)).ToList();
            var person = Add(new KnownEntity(Field(f, 0), EntityType.PER, names[0], Field(f, 1), names)
            {
                Roles = RoleParser.Parse(Field(f, 4), $"people.tsv line {line}"),
            });
            foreach (var name in names.SelectMany(CompoundSpellings).Distinct(StringComparer.Ordinal))
            {
                AddName(name, person, NameKind.Name);
                var words = PhraseKey.Split(name);
                if (words.Length < 2) continue;
                // A regnal number (عبد الله الثاني) is no family name: the ordinal alone is everywhere in news.
                if (!particles.Contains(words[^1]) && !particles.Contains(words[^2]) && !Linking.NameWords.IsNumberWord(words[^1]))
                    AddShort(words[^1], person, NameKind.ContextShort);
                if (!particles.Contains(words[0])) AddShort(words[0], person, NameKind.FirstName);
            }
            // A short form marked ? is also an ordinary word (الشرع "Islamic law", ترأس "chaired"): it names the person only in
            // an article that already names them or resolves a role to them, as their other family names do.
            foreach (var shortName in List(Field(f, 3)))
                AddName(shortName.TrimStart('?'), person, shortName.StartsWith('?') ? NameKind.ContextShort : NameKind.StandaloneShort);
        }
    }

    /// <summary>
    /// A name compounded with «عبد» is written both apart and joined (عبد ربه منصور هادي، عبدربه منصور هادي): the row gives
    /// it apart, and the joined spelling is the same name. (A joined word does not always split: عبده is a name of its own.)
    /// </summary>
    private static IEnumerable<string> CompoundSpellings(string name)
    {
        yield return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == CompoundHead && i + 1 < words.Length) joined.Add(words[i] + words[++i]);
            else joined.Add(words[i]);
        }
        if (joined.Count < words.Length) yield return string.Join(' ', joined);
    }

    private const string CompoundHead = "عبد";

    private void LoadLoaded()
    {
        foreach (var (_, f) in Read("loaded.tsv"))
            AddName(Field(f, 0), _stateByIso[Field(f, 1)], NameKind.LoadedTerm);
    }

    private void LoadRoles()
    {
        foreach (var (_, f) in Read("roles.tsv"))
        {
            var key = PhraseKey.Split(Field(f, 0));
            var only = List(Field(f, 3)).ToArray();
            _roles[PhraseKey.Join(key)] = new RolePhrase(Field(f, 1), NullIfEmpty(Field(f, 2)), only.Length > 0 ? only : null);
            MaxRoleWords = Math.Max(MaxRoleWords, key.Length);
            Longest(_roleFirst, key);
        }
    }

    private void LoadContext()
    {
        foreach (var (_, f) in Read("context.tsv"))
        {
            var key = PhraseKey.Split(Field(f, 0));
            var joined = PhraseKey.Join(key);
            _context[joined] = _context.GetValueOrDefault(joined) | Enum.Parse<ContextKind>(Field(f, 1), ignoreCase: true);
            MaxContextWords = Math.Max(MaxContextWords, key.Length);
            Longest(_contextFirst, key);
        }
    }

    private KnownEntity Add(KnownEntity entity)
    {
        if (!_byId.TryAdd(entity.Id, entity))
            throw new InvalidOperationException($"MARSAD-E003 Entity id '{entity.Id}' appears twice in the gazetteer; give one of them another id.");
        if (entity.NameEn is { Length: > 0 } en) _byEnglish.TryAdd(en, entity);
        return entity;
    }

    private void AddName(string name, KnownEntity entity, NameKind kind)
    {
        var needsContext = name.StartsWith('?');
        var key = PhraseKey.Split(needsContext ? name[1..] : name);
        if (key.Length == 0) return;
        AddKey(PhraseKey.Join(key), entity, kind, needsContext);
        MaxNameWords = Math.Max(MaxNameWords, key.Length);
        Longest(_nameFirst, key);
    }

    private static void Longest(Dictionary<string, int> firsts, string[] key) =>
        firsts[key[0]] = Math.Max(firsts.GetValueOrDefault(key[0]), key.Length);

    private void AddShort(string key, KnownEntity person, NameKind kind)
    {
        AddKey(key, person, kind, false);
        Longest(_nameFirst, [key]);
    }

    private void AddKey(string key, KnownEntity entity, NameKind kind, bool needsContext)
    {
        if (!_names.TryGetValue(key, out var list)) _names[key] = list = [];
        if (list.Any(e => e.Entity == entity && e.Kind <= kind)) return;
        list.RemoveAll(e => e.Entity == entity);
        list.Add(new NameEntry(entity, kind, needsContext));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    internal static string Slug(string english) =>
        string.Join('-', english.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c)).Where(s => s.Length > 0));
}

file static class SplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !isSeparator(text[i])) continue;
            parts.Add(text[start..i]);
            start = i + 1;
        }
        return [.. parts];
    }
}
