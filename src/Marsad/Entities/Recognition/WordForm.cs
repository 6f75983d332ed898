namespace Marsad.Entities.Recognition;

/// <summary>
/// What the feature templates read of a word form when they join it to its neighbours: the strings of the pair and
/// name templates, and the pair templates' hashes taken up to this form as the left member. Its own features, those
/// that depend on the form alone, are kept by the subclasses by <see cref="FormParts">part</see>: as hashes for
/// training (<see cref="NerFeatures.TokenView"/>), as the model's feature rows for tagging (<see cref="TaggerForms"/>).
/// </summary>
internal abstract class WordForm
{
    protected WordForm(string key, string proclitic, string @base, string shape, string? trigger)
    {
        Key = key;
        Proclitic = proclitic;
        Base = @base;
        Shape = shape;
        Trigger = trigger;
    }

    /// <summary>The same form's strings, name starts and pair hashes, kept another way.</summary>
    protected WordForm(WordForm form)
        : this(form.Key, form.Proclitic, form.Base, form.Shape, form.Trigger)
    {
        NameStarts = form.NameStarts;
        Cluster1 = form.Cluster1;
        PrevWord = form.PrevWord;
        WordNext = form.WordNext;
        PrevBase = form.PrevBase;
        BaseNext = form.BaseNext;
        PrevCluster1 = form.PrevCluster1;
        ClusterNext1 = form.ClusterNext1;
    }

    public string Key { get; }
    public string Proclitic { get; }
    public string Base { get; }
    public string Shape { get; }
    public string? Trigger { get; }

    /// <summary>The lexicon's names that may begin at this form (<see cref="NerLexicon.NamesStartingWith"/>), null for none.</summary>
    public List<(string[] Keys, string Type)>? NameStarts { get; protected init; }

    /// <summary>The form's word class at level 1 (what the class pair templates join), "" when the lexicon has no such level.</summary>
    public string Cluster1 { get; protected init; } = "";

    // Pair templates hashed up to this form as the left member; the right member's value is hashed on.
    public ulong PrevWord { get; protected init; }
    public ulong WordNext { get; protected init; }
    public ulong PrevBase { get; protected init; }
    public ulong BaseNext { get; protected init; }
    public ulong PrevCluster1 { get; protected init; }
    public ulong ClusterNext1 { get; protected init; }
}

/// <summary>
/// The groups a form's own features fall in: its own features, and the form seen as a neighbour at each offset.
/// The feature walk (<see cref="NerFeatures"/>) asks for a group by this number, whichever way the form keeps it.
/// </summary>
internal static class FormParts
{
    /// <summary>bias, word, base, stem, proclitic, shape, affixes, length.</summary>
    public const int Own = 0;

    /// <summary>Its trigger type, when it is a trigger word.</summary>
    public const int OwnTrigger = 1;

    /// <summary>Its lexicon types.</summary>
    public const int OwnTypes = 2;

    private const int Neighbours = 3;
    private const int Clusters = Neighbours + 3 * 4;

    /// <summary>Word, base (and at ±1 stem and shape) as the neighbour at offset d (±1, ±2).</summary>
    public static int Neighbour(int d) => Neighbours + Slot(d);

    /// <summary>Lexicon types as the neighbour at offset d (only ±1 has any).</summary>
    public static int NeighbourTypes(int d) => Neighbours + 4 + Slot(d);

    /// <summary>Trigger type as the neighbour at offset d.</summary>
    public static int NeighbourTrigger(int d) => Neighbours + 8 + Slot(d);

    /// <summary>Word class at a level: its own (and its base's) at offset 0, as the neighbour at ±1 and ±2.</summary>
    public static int Cluster(int level, int d) => Clusters + 5 * level + d switch { 0 => 0, -1 => 1, 1 => 2, -2 => 3, _ => 4 };

    /// <summary>How many parts a form has with this many class levels.</summary>
    public static int Count(int levels) => Clusters + 5 * levels;

    /// <summary>The offsets a form's own features are read at: the token itself, then as each neighbour.</summary>
    public static ReadOnlySpan<int> Offsets => [0, -2, -1, 1, 2];

    /// <summary>
    /// Every part the form gives the token at offset <paramref name="d"/> from it (0: the token itself), with this many
    /// class levels. Parts a template leaves empty at an offset (lexicon types at ±2, classes past level 1 at ±2) are
    /// listed anyway: they add nothing.
    /// </summary>
    public static int[] At(int d, int levels) => s_at[Math.Min(levels, MaxLevels)][d + 2];

    private const int MaxLevels = 8;

    private static readonly int[][][] s_at = [.. Enumerable.Range(0, MaxLevels + 1).Select(levels =>
        Enumerable.Range(-2, 5).Select(d => (d == 0
                ? [Own, OwnTrigger, OwnTypes]
                : new[] { Neighbour(d), NeighbourTypes(d), NeighbourTrigger(d) })
            .Concat(Enumerable.Range(0, levels).Select(l => Cluster(l, d))).ToArray()).ToArray())];

    private static int Slot(int d) => d < 0 ? d + 2 : d + 1;
}
