using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Evaluation;
using Marsad.Text;

namespace Marsad.Train;

/// <summary>
/// eval-clusters: the same-event clusterer and story threader on the labelled SaudiNewsNet development set
/// (../shared/data/saudinewsnet/dev/clusters.jsonl), next to a plain TF-IDF cosine single-link baseline in the same run.
/// The articles go through Marsad as a user's would (ingest, the default pipeline, the store); the index is then rebuilt
/// (<see cref="StoryRebuild.Recluster"/>) for each threshold asked, so the figures are those of <c>marsad recluster</c>.
/// <c>--scope window</c> clusters every article of the labelled window (7k) and scores the labelled ones, as in use.
/// <c>--fit A|B</c> (default A) fits the event and story link models (<see cref="LinkModel"/>, logistic regression over
/// <see cref="PairEvidence"/>) and their thresholds on one half of the set, split by gold event, and reports on the other
/// half only; <c>--fit dev|team</c> (with <c>--labels</c>) fits on one whole label file and reports on the other;
/// <c>--fit none</c> reports the shipped defaults on the whole set. <c>--data DIR</c> keeps the analysed store
/// for the next run; <c>--errors A</c> prints the false and missed merges of half A with their evidence; <c>--story-errors A</c> the story threads' false joins and misses, per pair of gold events.
/// <c>--labels FILE</c> adds the team's same-event labels (eval/clusters.jsonl, another window of the corpus): they are
/// analysed into the store, split into the same halves, fitted on with the development set, and reported apart and together.
/// <c>--stories FILE</c> (eval/stories.jsonl) scores story threads against stories labelled across both windows, pooled,
/// per story and macro-averaged (<see cref="StoryPairScores"/>); the dev file's stories are also printed per story.
/// <c>--story-merges T:K:S,…</c> offers settings of <see cref="StoryMerge"/> (threads joined by a later article) to the
/// fit half's choice, after the story threshold (<c>--story-merge-raise X</c>: together with it raised by X).
/// <c>--story-cohesions M:K[:H[:J[:P[:G[:S]]]]],…</c> offers thread rules (<see cref="StoryCore"/>'s cohesion M over K clusters; a link
/// to one of the thread's H hubs, <see cref="StoryHubs"/>; threads whose hubs an article links at J joined,
/// <see cref="StoryHubJoin"/>; links to the profile of a thread's P most recent articles, <see cref="StoryThreadProfile"/>;
/// threads whose profiles an article links at G joined, <see cref="StoryThreadJoin"/>; a place counted only beside an actor or
/// event, <see cref="StoryOptions.StoryPlaceSupport"/>) to the fit half's choice, each with its own story threshold;
/// a rule not chosen is reported at its own threshold, as the protocol would have shipped it. <c>--story-fits NAME,…</c>
/// offers other ways of fitting the story model (<see cref="StoryFit"/>: with the stories file's labels, each story's
/// pairs weighed as one) to the fit half's choice the same way.
/// </summary>
internal static class StoryCommands
{
    public static int EvaluateClusters(Options options)
    {
        var corpus = options.Get("corpus", SharedFolder.Path("data/saudinewsnet/saudinewsnet.jsonl.gz"));
        var goldPath = options.Get("gold", SharedFolder.Path("data/saudinewsnet/dev/clusters.jsonl"));
        var scope = options.Get("scope", "dev");
        var thresholds = options.Get("thresholds", StoryOptions.Default.EventThreshold.ToString(CultureInfo.InvariantCulture))
            .Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var storyThresholds = options.Get("story-thresholds", StoryOptions.Default.StoryThreshold.ToString(CultureInfo.InvariantCulture))
            .Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        if (!File.Exists(corpus) || !File.Exists(goldPath))
        {
            Console.Error.WriteLine($"MARSAD-T010 {corpus} or {goldPath} not found: set MARSAD_SHARED, or run from the repository root with ../shared present.");
            return 1;
        }
        // The development set, and with --labels FILE the team's labels (eval/clusters.jsonl): both are clustered,
        // fitted and reported on, and each is also scored on its own.
        var gold = ClusterLabels.Read(goldPath, "dev", "");
        var labelsPath = options.Get("labels", "");
        if (labelsPath.Length > 0) gold.AddRange(ClusterLabels.Read(labelsPath, "team", "team:"));
        var sets = gold.Select(g => g.Set).Distinct().ToList();
        // --stories FILE (eval/stories.jsonl): story labels complete among the labelled articles, scored apart (pooled,
        // per story, macro); an article it marks unsure is left out of its pairs.
        var storiesPath = options.Get("stories", "");
        var storyFile = storiesPath.Length == 0 ? null : StoryLabels.Read(storiesPath);
        // A file without story labels (all null) is left out of the story model's fit and its story scores are not printed.
        var storied = gold.GroupBy(g => g.Set).Where(s => s.Any(g => g.Story is not null)).Select(s => s.Key).ToHashSet();
        var wanted = gold.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var days = gold.Select(g => g.Fetched[..10]).Order(StringComparer.Ordinal).ToList();
        var (firstDay, lastDay) = (days[0], days[^1]);

        var keepFolder = options.Get("data", "");
                var folder = keepFolder.Length > 0 ? Directory.CreateDirectory(keepFolder) : Directory.CreateTempSubdirectory("marsad-eval-clusters-");
        try
        {
            var input = Path.Combine(folder.FullName, "articles.jsonl");
            var rows = new List<(string Fetched, string Id, string Line)>();
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
                while (reader.ReadLine() is { } line)
                {
                    var root = JsonDocument.Parse(line).RootElement;
                    var id = root.GetProperty("id").GetString()!;
                    var fetched = root.GetProperty("fetched").GetString() ?? "";
                    var keep = scope == "window"
                        ? string.CompareOrdinal(fetched[..Math.Min(10, fetched.Length)], firstDay) >= 0
                          && string.CompareOrdinal(fetched[..Math.Min(10, fetched.Length)], lastDay) <= 0
                          && (root.GetProperty("text").GetString() ?? "").Trim().Length >= 50
                        : wanted.Contains(id);
                    if (keep) rows.Add((fetched, id, line));
                }
            File.WriteAllLines(input, rows.OrderBy(r => r.Fetched, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Line));

            var reuse = keepFolder.Length > 0 && File.Exists(Path.Combine(folder.FullName, "data", "marsad.db"));
            using var store = MarsadStore.Open(Path.Combine(folder.FullName, "data"));
            void IngestAndAnalyse(string path)
            {
                var pipeline = MarsadPipeline.Default;
                var analyzer = new BatchAnalyzer(pipeline);
                var analyses = new AnalysisStore(store, pipeline);
                new Ingestor(store) { ChunkCommitted = (chunk, _) => analyses.Save(analyzer.Analyze(chunk)) }.Ingest([path]);
            }
            if (!reuse)
            {
                var started = DateTime.UtcNow;
                IngestAndAnalyse(input);
                Console.WriteLine($"{rows.Count:N0} articles ingested and analysed in {(DateTime.UtcNow - started).TotalSeconds:0.0} s ({scope}); {gold.Count} labelled.");
            }
            else
            {
                // A kept store made before a label file was added: analyse only the articles it lacks.
                var stored = ArticleIds(store, rows.Select(r => r.Id));
                var missing = rows.Where(r => !stored.ContainsKey(r.Id)).ToList();
                if (missing.Count > 0)
                {
                    var added = Path.Combine(folder.FullName, "articles-added.jsonl");
                    File.WriteAllLines(added, missing.OrderBy(r => r.Fetched, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Line));
                    IngestAndAnalyse(added);
                }
                Console.WriteLine($"Reusing the analysed store in {folder.FullName} ({scope}), {missing.Count} articles not in it offered (exact copies of stored ones are refused); {gold.Count} labelled.");
            }

            var articleOf = ArticleIds(store, gold.Select(g => g.Id));
            var labelled = gold.Where(g => articleOf.ContainsKey(g.Id)).ToList();
            // Two halves of the set by gold event (every article of an event in one half): the model is fitted on one
            // and reported on the other, so no reported label was seen by the fit. The clusterer always sees all articles.
            // --fit dev|team (with --labels): fitted on one whole label file and reported on the other, two windows of the
            // corpus labelled apart, so the reported file is held out from the fit by window as well as by event.
            var fitHalf = options.Get("fit", "A");
            var bySet = sets.Count > 1 && sets.Contains(fitHalf);
            string HalfOf(LabelledArticle g) => bySet ? g.Set : (Fnv1a(g.Event) & 1) == 0 ? "A" : "B";
            var reportHalf = fitHalf switch { "A" => "B", "B" => "A", _ when bySet => sets.First(s => s != fitHalf), _ => "all" };
            var reported = labelled.Where(g => reportHalf == "all" || HalfOf(g) == reportHalf).ToList();
            var fitted = labelled.Where(g => (fitHalf is "A" or "B" || bySet) && HalfOf(g) == fitHalf).ToList();
            Console.WriteLine(bySet
                ? $"By label file: fitted on {fitHalf} ({fitted.Count} articles), reported on {reportHalf} ({reported.Count})."
                : $"Halves by gold event: A {labelled.Count(g => HalfOf(g) == "A")} articles, B {labelled.Count(g => HalfOf(g) == "B")}; fitted on {fitHalf}, reported on {reportHalf}.");

            IReadOnlyDictionary<string, (string Cluster, string Story)> Recluster(StoryOptions runOptions)
            {
                new StoryRebuild(store, new StoryIndex(runOptions)).Recluster();
                return new StoryRepository(store).Placements();
            }

            // Story scores only for articles whose file labels stories.
            (ClusterScores Events, ClusterScores? Stories) Score(IReadOnlyDictionary<string, (string Cluster, string Story)> placed, List<LabelledArticle> on)
            {
                var events = ClusterScores.Of(on.Select(g => g.Event).ToList(), on.Select(g => placed[articleOf[g.Id]].Cluster).ToList());
                var withStories = on.Where(g => storied.Contains(g.Set)).ToList();
                return (events, withStories.Count == 0 ? null
                    : ClusterScores.Of(withStories.Select(g => GoldStory.Of(g.Story, g.Event)).ToList(), withStories.Select(g => placed[articleOf[g.Id]].Story).ToList()));
            }

            (ClusterScores Events, ClusterScores? Stories) Run(StoryOptions runOptions, List<LabelledArticle> on) => Score(Recluster(runOptions), on);

            // --story-threshold X: the shipped story threshold replaced (a fitted run still chooses its own).
            var defaults = StoryOptions.Default with
            {
                StoryThreshold = double.Parse(options.Get("story-threshold", StoryOptions.Default.StoryThreshold.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-model B,W…: the story model's weights replaced (bias, then LinkModel.FeatureNames' order), e.g. a mean of two fits.
                StoryModel = options.Get("story-model", "") is { Length: > 0 } weights
                    ? LinkModel.FromWeights([.. weights.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture))])
                    : StoryOptions.Default.StoryModel,
                // --story-floor X: the story model's evidence floor (share of the store; 0 off), for the fit and the runs.
                StoryEvidenceFloor = double.Parse(options.Get("story-floor", StoryOptions.Default.StoryEvidenceFloor.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-cohesion X: the least cohesion of a new cluster with the thread it continues (StoryCore; 0 off).
                StoryCohesion = double.Parse(options.Get("story-cohesion", StoryOptions.Default.StoryCohesion.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-place-support X: a shared place counts in a story link only with an entity or event cosine ≥ X (0 off).
                StoryPlaceSupport = double.Parse(options.Get("story-place-support", StoryOptions.Default.StoryPlaceSupport.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-profile-place-words X: a place counts in a link to a thread's profile only beside a word cosine ≥ X (0 off).
                StoryProfilePlaceWords = double.Parse(options.Get("story-profile-place-words", StoryOptions.Default.StoryProfilePlaceWords.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-core K: cohesion measured over the thread's K closest clusters (0: all).
                StoryCoreClusters = int.Parse(options.Get("story-core", StoryOptions.Default.StoryCoreClusters.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-hubs H: a new cluster continues a thread only through a link to one of its H most central clusters (0 off).
                StoryHubs = int.Parse(options.Get("story-hubs", StoryOptions.Default.StoryHubs.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-hub-join J: with hubs, threads whose hubs an article in its own thread's core links at J or more join (0 off).
                StoryHubJoin = double.Parse(options.Get("story-hub-join", StoryOptions.Default.StoryHubJoin.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-thread-profile P: a new cluster links to the profile of each thread's P most recent articles (0 off).
                StoryThreadProfile = int.Parse(options.Get("story-thread-profile", StoryOptions.Default.StoryThreadProfile.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
                // --story-thread-join G: an article linking its own thread's profile and another's at G or more joins them (0 off).
                StoryThreadJoin = double.Parse(options.Get("story-thread-join", StoryOptions.Default.StoryThreadJoin.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            };
            // --story-cohesions M:K[:H[:J[:P[:G[:S]]]]],…: further thread rules (cohesion M over K clusters, through one of H
            // hubs, threads whose hubs an article links at J joined, links to the profile of a thread's P most recent articles,
            // threads whose profiles an article links at G joined, a place counted only beside an entity or event cosine S), each with
            // its story threshold chosen on the fit half; the one with the best in-sample story pair F1 is chosen (ties keep
            // the earlier, the default first).
            var cohesionGrid = options.Get("story-cohesions", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Split(':')).Select(c => new ThreadRule(double.Parse(c[0], CultureInfo.InvariantCulture),
                    c.Length > 1 ? int.Parse(c[1], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryCoreClusters,
                    c.Length > 2 ? int.Parse(c[2], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryHubs,
                    c.Length > 3 ? double.Parse(c[3], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryHubJoin,
                    c.Length > 4 ? int.Parse(c[4], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryThreadProfile,
                    c.Length > 5 ? double.Parse(c[5], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryThreadJoin,
                    c.Length > 6 ? double.Parse(c[6], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryPlaceSupport)).ToList();
            // --story-merge T:K:S: threads joined when an article links at T or more to K clusters, and a share S of all
            // clusters, of another (T 0: never); --story-merges T:K:S,…: further settings, chosen among on the fit half
            // (with the default) and printed as variants.
            static (double Threshold, int Support, double Share) MergeOf(string text)
            {
                var parts = text.Split(':');
                return (double.Parse(parts[0], CultureInfo.InvariantCulture),
                    parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryMergeSupport,
                    parts.Length > 2 ? double.Parse(parts[2], CultureInfo.InvariantCulture) : StoryOptions.Default.StoryMergeShare);
            }
            var (mergeAt, mergeSupport, mergeShare) = MergeOf(options.Get("story-merge", string.Create(CultureInfo.InvariantCulture,
                $"{StoryOptions.Default.StoryMergeThreshold}:{StoryOptions.Default.StoryMergeSupport}:{StoryOptions.Default.StoryMergeShare}")));
            defaults = defaults with { StoryMergeThreshold = mergeAt, StoryMergeSupport = mergeSupport, StoryMergeShare = mergeShare };
            var mergeGrid = options.Get("story-merges", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(MergeOf).ToList();
            // --story-fits NAME,…: other ways of fitting the story model (StoryFit: pairs, stories, both-pairs, both-stories;
            // shipped: no fit, the shipped or --story-model weights) offered to the fit half's choice, each with its own story threshold; the others are reported as variants.
            var storyFits = options.Get("story-fits", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(StoryFit.Parse).ToList();
            var storyFitChosen = StoryFit.Default;
            var storyFitVariants = new List<(StoryFit Fit, LinkModel Model, double Threshold)>();
            // Each thread rule's own story threshold (the plateau of its in-sample curve), so a rule not chosen is reported
            // as the protocol would have shipped it, not at the chosen rule's threshold.
            var ruleThresholds = new Dictionary<ThreadRule, double>();
            var model = defaults.EventModel;
            var threshold = defaults.EventThreshold;
            var storyModel = defaults.StoryModel;
            var storyThreshold = defaults.StoryThreshold;
            if (fitted.Count > 0)
            {
                var l2 = options.Get("l2", "0.01");
                Run(defaults, fitted);
                // --without words,focus,…: kinds of evidence left out of the fit (their column zeroed, so their weight is 0);
                // --story-without NAME,…: left out of the story model's fit alone (the event model keeps them).
                int[] Columns(string option) => [.. options.Get(option, "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(name => LinkModel.FeatureNames.ToList().IndexOf(name) is var k and >= 0 ? k : throw new ArgumentException($"--{option}: no feature {name} ({string.Join(", ", LinkModel.FeatureNames)})"))];
                var without = Columns("without");
                int[] storyWithout = [.. without, .. Columns("story-without")];
                var samples = Without(TrainingPairs(store, fitted, articleOf, defaults.EventWindowDays, (a, b) => a.Event == b.Event ? true : false, null), without);
                model = LinkModel.FromWeights(Logistic.Fit(samples, l2));
                Console.WriteLine($"Event model fitted on {samples.Count(s => s.Positive)} same-event and {samples.Count(s => !s.Positive)} other pairs of half {fitHalf} within {defaults.EventWindowDays} days (L2 {l2}): {model}");
                var grid = new[] { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95 };
                var onFit = grid.Select(t => (Threshold: t, Scores: Run(defaults with { EventModel = model, EventThreshold = t }, fitted).Events)).ToList();
                foreach (var (t, sc) in onFit) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on half {fitHalf}: event threshold {t:0.00} pairwise F1 {sc.PairF1:0.000} B³ F1 {sc.BcubedF1:0.000}"));
                // Chosen in sample (the model was fitted on these pairs). Two-fold cross-validation inside the fit half was
                // tried (Stories/README.md): with 12-15 multi-article events per fold it picked 0.70 on A and 0.60 on B, and
                // 0.60 chained unrelated reports on A (pairwise 0.33): too few events to choose a threshold that way.
                threshold = Plateau(onFit.Select(p => (p.Threshold, p.Scores.PairF1)));
                // Story links are learned from pairs of different events: same-event pairs are already in one cluster.
                // A file without story labels (the team's) fits no story model: the shipped one is kept.
                var storiedFit = fitted.Where(g => storied.Contains(g.Set)).ToList();
                if (storiedFit.Count > 0)
                {
                    var storyPairs = Without(TrainingPairs(store, storiedFit, articleOf, defaults.StoryWindowDays,
                        (a, b) => a.Event == b.Event ? null : a.Story is not null && a.Story == b.Story, defaults), storyWithout);
                    storyModel = LinkModel.FromWeights(Logistic.Fit(storyPairs, l2));
                    Console.WriteLine($"Story model fitted on {storyPairs.Count(s => s.Positive)} same-story and {storyPairs.Count(s => !s.Positive)} other pairs of different events of half {fitHalf}: {storyModel}");
                    var storyGrid = ThresholdGrid.WithShipped([0.5, 0.6, 0.7, 0.8, 0.9, 0.95], StoryOptions.Default.StoryThreshold);
                    var storyOnFit = storyGrid.Select(t => (Threshold: t, Scores: Run(defaults with { EventModel = model, EventThreshold = threshold, StoryModel = storyModel, StoryThreshold = t }, fitted).Stories!)).ToList();
                    foreach (var (t, sc) in storyOnFit) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on half {fitHalf}: story threshold {t:0.00} story pairwise F1 {sc.PairF1:0.000} B³ F1 {sc.BcubedF1:0.000}"));
                    storyThreshold = Plateau(storyOnFit.Select(p => (p.Threshold, p.Scores.PairF1)));
                    // In sample, a thread rule or a way of fitting the story model is judged on the fit half of both story label
                    // files when --stories is given (the mean of their pooled story pair F1): the dev file's figure is mostly one
                    // story's recall (Abha), the stories file's mostly precision against chaining, and a change against chaining
                    // trades one for the other. Each choice gets the story threshold of its own curve (the plateau of that mean).
                    var storyFitRows = storyFile is null ? [] : fitted.Where(g => !storyFile.Unsure.Contains(g.Id)).ToList();
                    double FitScore(StoryOptions o)
                    {
                        var placed = Recluster(o);
                        var dev = Score(placed, fitted).Stories!.PairF1;
                        if (storyFile is null) return dev;
                        var file = StoryPairScores.Of(storyFitRows.Select(g => storyFile.Story.GetValueOrDefault(g.Id)).ToList(),
                            storyFitRows.Select(g => placed[articleOf[g.Id]].Story).ToList()).Pooled.F1;
                        return (dev + file) / 2;
                    }
                    var cohesionThresholds = ThresholdGrid.WithShipped([0.6, 0.7, 0.8, 0.9], StoryOptions.Default.StoryThreshold);
                    if (storyFits.Count > 0)
                    {
                        // --story-fits: each way of fitting (the default, fitted above, first) with its threshold from its own
                        // curve; the best in sample is chosen (ties keep the earlier), the others reported as variants.
                        (double Score, StoryFit Fit, LinkModel Model, double Threshold)? pickFit = null;
                        foreach (var fit in new[] { StoryFit.Default }.Concat(storyFits).Distinct())
                        {
                            var fitModel = fit == StoryFit.Default ? storyModel : fit.Shipped ? defaults.StoryModel : fit.Profile ? FitProfileModel() : FitStoryModel(fit);
                            var curve = cohesionThresholds.Select(t => (Threshold: t, F1: FitScore(defaults with { EventModel = model, EventThreshold = threshold, StoryModel = fitModel, StoryThreshold = t }))).ToList();
                            foreach (var (t, f1) in curve) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on half {fitHalf}: story fit {fit}, story threshold {t:0.00}: story pair F1 (mean of the label files) {f1:0.000}"));
                            var atPlateau = Plateau(curve);
                            var score = curve.First(p => p.Threshold == atPlateau).F1;
                            storyFitVariants.Add((fit, fitModel, atPlateau));
                            if (pickFit is null || score > pickFit.Value.Score) pickFit = (score, fit, fitModel, atPlateau);
                        }
                        (storyFitChosen, storyModel, storyThreshold) = (pickFit!.Value.Fit, pickFit.Value.Model, pickFit.Value.Threshold);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Story fit chosen on half {fitHalf}: {storyFitChosen}, story threshold {storyThreshold:0.00}"));
                    }

                    // The story model fitted another way (StoryFit): with the stories file's labels too (pairs with an article of
                    // the team's window are labelled by it alone: its stories are complete among the labelled articles, so a
                    // listed article pairs with any other; two unlisted ones say nothing), and each story's pairs weighed as one.
                    LinkModel FitStoryModel(StoryFit fit)
                    {
                        string? FileStory(LabelledArticle g) => storyFile?.Story.GetValueOrDefault(g.Id);
                        (bool, string?)? Label(LabelledArticle a, LabelledArticle b)
                        {
                            if (a.Event == b.Event) return null;
                            if (storied.Contains(a.Set) && storied.Contains(b.Set))
                                return a.Story is not null && a.Story == b.Story ? (true, a.Story) : (false, null);
                            if (storyFile is null || storyFile.Unsure.Contains(a.Id) || storyFile.Unsure.Contains(b.Id)) return null;
                            var (sa, sb) = (FileStory(a), FileStory(b));
                            if (sa is null && sb is null) return null;
                            return sa == sb ? (true, sa) : (false, null);
                        }
                        var rows = fit.BothFiles ? fitted : storiedFit;
                        var pairs = LabelledPairs(store, rows, articleOf, defaults.StoryWindowDays, Label, defaults);
                        var samples = Without(pairs.Select(p => (p.Features, p.Label.Item1)).ToList(), storyWithout);
                        var weights = fit.EachStoryOnce ? StoryFitWeights.EachStoryOnce([.. pairs.Select(p => p.Label.Item2)]) : null;
                        var fitModel = LinkModel.FromWeights(Logistic.Fit(samples, l2, sampleWeights: weights));
                        Console.WriteLine($"Story model fitted ({fit}) on {samples.Count(s => s.Positive)} same-story pairs of {pairs.Where(p => p.Label.Item1).Select(p => p.Label.Item2).Distinct().Count()} stories and {samples.Count(s => !s.Positive)} other pairs of different events of half {fitHalf}: {fitModel}");
                        return fitModel;
                    }
                    // The story model fitted on profile links (StoryFit.Profile): the links a new cluster's article of the fit half
                    // sees when its thread is chosen, as the shipped (or --story-model) weights thread all articles, each labelled
                    // by whether the thread's fit-half members placed before it mostly share the article's gold story.
                    LinkModel FitProfileModel()
                    {
                        var seen = new List<StoryThreadProfile.Seen>();
                        new StoryRebuild(store, new StoryIndex(defaults with { EventModel = model, EventThreshold = threshold }) { ProfileLinkSeen = seen.Add }).Recluster();
                        var goldOf = storiedFit.ToDictionary(g => articleOf[g.Id], g => GoldStory.Of(g.Story, g.Event), StringComparer.Ordinal);
                        var placedAt = new Dictionary<string, (string Story, long Seq)>(StringComparer.Ordinal);
                        using (var transaction = store.BeginTransaction())
                        using (var command = transaction.Command("SELECT article_id, story_id, seq FROM story_assignments"))
                        using (var reader = command.ExecuteReader())
                            while (reader.Read()) placedAt[reader.GetString(0)] = (reader.GetString(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
                        var membersOf = goldOf.Keys.Where(placedAt.ContainsKey).GroupBy(id => placedAt[id].Story, StringComparer.Ordinal)
                            .ToDictionary(g => g.Key, g => g.Select(id => (placedAt[id].Seq, Gold: goldOf[id])).ToList(), StringComparer.Ordinal);
                        var samples = new List<(double[] Features, bool Positive)>();
                        foreach (var link in seen)
                        {
                            if (!goldOf.TryGetValue(link.ArticleId, out var gold)) continue;
                            var seq = placedAt[link.ArticleId].Seq;
                            var earlier = membersOf.GetValueOrDefault(link.Story)?.Where(m => m.Seq < seq).Select(m => m.Gold) ?? [];
                            if (ProfileLinkLabel.Of(gold, earlier) is { } positive) samples.Add((LinkModel.Features(link.Evidence), positive));
                        }
                        samples = Without(samples, storyWithout);
                        var fitModel = LinkModel.FromWeights(Logistic.Fit(samples, l2));
                        Console.WriteLine($"Story model fitted (profile) on {samples.Count(s => s.Positive)} links into the article's story and {samples.Count(s => !s.Positive)} others of {seen.Count} profile links seen, half {fitHalf}: {fitModel}");
                        return fitModel;
                    }
                    if (cohesionGrid.Count > 0)
                    {
                        var cohesionChoices = new[] { ThreadRule.Of(defaults) }.Concat(cohesionGrid).Distinct().ToList();
                        (double Score, double Threshold, ThreadRule Rule)? pick = null;
                        foreach (var rule in cohesionChoices)
                        {
                            var curve = cohesionThresholds.Select(t => (Threshold: t, F1: FitScore(rule.On(defaults with { EventModel = model, EventThreshold = threshold, StoryModel = storyModel, StoryThreshold = t })))).ToList();
                            foreach (var (t, f1) in curve) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on half {fitHalf}: {rule}, story threshold {t:0.00}: story pair F1 (mean of the label files) {f1:0.000}"));
                            var atPlateau = Plateau(curve);
                            var score = curve.First(p => p.Threshold == atPlateau).F1;
                            ruleThresholds[rule] = atPlateau;
                            if (pick is null || score > pick.Value.Score) pick = (score, atPlateau, rule);
                        }
                        storyThreshold = pick!.Value.Threshold;
                        defaults = pick.Value.Rule.On(defaults);
                    }
                    if (mergeGrid.Count > 0)
                    {
                        // The merge setting chosen in sample after the story threshold; ties keep the earlier (the default first).
                        // Joining threads adds recall, so a stricter threshold to continue one may then pay: both are chosen together
                        // (--story-merge-raise X: also tried with the story threshold raised by X).
                        var raise = double.Parse(options.Get("story-merge-raise", "0"), CultureInfo.InvariantCulture);
                        var storyChoices = raise > 0 ? new[] { storyThreshold, Math.Round(storyThreshold + raise, 2) } : [storyThreshold];
                        var mergeOnFit = storyChoices.SelectMany(t => new[] { (mergeAt, mergeSupport, mergeShare) }.Concat(mergeGrid).Distinct().Select(m => (Story: t, Merge: m)))
                            .Select(c => (c.Story, c.Merge, Scores: Run(defaults with { EventModel = model, EventThreshold = threshold, StoryModel = storyModel, StoryThreshold = c.Story, StoryMergeThreshold = c.Merge.Item1, StoryMergeSupport = c.Merge.Item2, StoryMergeShare = c.Merge.Item3 }, fitted).Stories!))
                            .ToList();
                        foreach (var (t, m, sc) in mergeOnFit) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on half {fitHalf}: story threshold {t:0.00}, story merge {m.Item1:0.00}:{m.Item2}:{m.Item3:0.00} story pairwise F1 {sc.PairF1:0.000} B³ F1 {sc.BcubedF1:0.000}"));
                        var bestFit = mergeOnFit.Aggregate((a, b) => b.Scores.PairF1 > a.Scores.PairF1 ? b : a);
                        (storyThreshold, (mergeAt, mergeSupport, mergeShare)) = (bestFit.Story, bestFit.Merge);
                    }
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds chosen on half {fitHalf}: event {threshold:0.00}, story {storyThreshold:0.00} (story fit {storyFitChosen}), {ThreadRule.Of(defaults)}, story merge {mergeAt:0.00}:{mergeSupport}:{mergeShare:0.00}"));
            }
            var chosen = defaults with { EventModel = model, EventThreshold = threshold, StoryModel = storyModel, StoryThreshold = storyThreshold, StoryMergeThreshold = mergeAt, StoryMergeSupport = mergeSupport, StoryMergeShare = mergeShare };

            // Reported on the other half: each label file on its own, then all together (with --labels).
            var reportedSets = sets.Where(set => reported.Any(g => g.Set == set)).ToList();
            var groups = reportedSets.Count > 1
                ? [.. reportedSets.Select(set => (Name: set, Rows: reported.Where(g => g.Set == set).ToList())), (Name: "together", Rows: reported)]
                : new List<(string Name, List<LabelledArticle> Rows)> { (reportedSets[0], reported) };
            var chosenPlaced = Recluster(chosen);
            var variants = new List<(string Name, IReadOnlyDictionary<string, (string Cluster, string Story)> Placed)>();
            if (options.Get("baseline-story", "yes") == "yes")
                variants.Add(("same events, stories by word cosine ≥ 0.2 alone (earlier rule)", Recluster(chosen with { StoryModel = WordsOnly, StoryThreshold = 0.5 })));
            foreach (var t in thresholds.Where(t => t != threshold))
                variants.Add(($"  same models, event threshold {t:0.00}", Recluster(chosen with { EventThreshold = t })));
            foreach (var t in storyThresholds.Where(t => t != storyThreshold))
                variants.Add(($"  same models, story threshold {t:0.00}", Recluster(chosen with { StoryThreshold = t })));
            foreach (var rule in cohesionGrid.Append(ThreadRule.Of(StoryOptions.Default)).Distinct().Where(r => r != ThreadRule.Of(chosen)))
                variants.Add(ruleThresholds.TryGetValue(rule, out var own)
                    ? (string.Create(CultureInfo.InvariantCulture, $"  same models, {rule}, its own story threshold {own:0.00}"), Recluster(rule.On(chosen with { StoryThreshold = own })))
                    : ($"  same models, {rule}", Recluster(rule.On(chosen))));
            // A rule not chosen also at each story threshold asked (--story-thresholds), beside its own: rules compared at one threshold.
            foreach (var rule in cohesionGrid.Where(r => r != ThreadRule.Of(chosen) && ruleThresholds.ContainsKey(r)))
                foreach (var t in storyThresholds.Where(t => t != ruleThresholds[rule]))
                    variants.Add((string.Create(CultureInfo.InvariantCulture, $"  same models, {rule}, story threshold {t:0.00}"), Recluster(rule.On(chosen with { StoryThreshold = t }))));
            foreach (var (fit, fitModel, t) in storyFitVariants.Where(v => v.Fit != storyFitChosen))
                variants.Add(($"  story model fitted {fit}, story threshold {t:0.00}", Recluster(chosen with { StoryModel = fitModel, StoryThreshold = t })));
            foreach (var (t, k, share) in mergeGrid.Where(m => m != (mergeAt, mergeSupport, mergeShare)))
                variants.Add(($"  same models, story merge {t:0.00}:{k}:{share:0.00}", Recluster(chosen with { StoryMergeThreshold = t, StoryMergeSupport = k, StoryMergeShare = share })));
            foreach (var (name, rowsOf) in groups)
            {
                Console.WriteLine();
                Console.WriteLine($"Reported on {(reportHalf == "all" ? "all" : (bySet ? "file " : "half ") + reportHalf)}, {name}: {rowsOf.Count} articles, {rowsOf.GroupBy(g => g.Event).Count(e => e.Count() > 1)} multi-article events.");
                Console.WriteLine("| system | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | clusters | story B³ F1 | story pair F1 |");
                Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
                Print("all singletons", ClusterScores.Of(rowsOf.Select(g => g.Event).ToList(), rowsOf.Select(g => g.Id).ToList()), null);
                var (chosenEvents, chosenStories) = Score(chosenPlaced, rowsOf);
                Print($"Marsad clusterer{(fitted.Count > 0 ? " fitted on " + fitHalf : " (shipped defaults)")}, event threshold {threshold:0.00}, story threshold {storyThreshold:0.00}", chosenEvents, chosenStories);
                foreach (var (variant, placed) in variants)
                {
                    var (ev, st) = Score(placed, rowsOf);
                    Print(variant, ev, st);
                }
                var baseline = CosineBaseline.Build(store, rowsOf.Select(g => articleOf[g.Id]).ToList());
                var goldEvents = rowsOf.Select(g => g.Event).ToList();
                var best = Enumerable.Range(5, 91).Select(k => k / 100.0)
                    .Select(t => (Threshold: t, Scores: ClusterScores.Of(goldEvents, baseline.SingleLink(t))))
                    .ToList();
                var bestPair = best.MaxBy(b => b.Scores.PairF1);
                var bestB3 = best.MaxBy(b => b.Scores.BcubedF1);
                Print($"TF-IDF cosine single-link, best pairwise threshold {bestPair.Threshold:0.00} (oracle on this half)", bestPair.Scores, null);
                Print($"TF-IDF cosine single-link, best B³ threshold {bestB3.Threshold:0.00} (oracle on this half)", bestB3.Scores, null);
                if (fitted.Count > 0)
                {
                    // The fair comparison: the baseline's threshold chosen on the fit half (of the same files), as the clusterer's is.
                    // Fitted on the other file (--fit dev|team): the baseline's threshold comes from that file too.
                    var fitRows = bySet ? fitted : fitted.Where(g => rowsOf.Any(r => r.Set == g.Set)).ToList();
                    var onFitHalf = CosineBaseline.Build(store, fitRows.Select(g => articleOf[g.Id]).ToList());
                    var fitEvents = fitRows.Select(g => g.Event).ToList();
                    var fair = Enumerable.Range(5, 91).Select(k => k / 100.0).MaxBy(t => ClusterScores.Of(fitEvents, onFitHalf.SingleLink(t)).PairF1);
                    Print($"TF-IDF cosine single-link, threshold {fair:0.00} chosen on half {fitHalf}", ClusterScores.Of(goldEvents, baseline.SingleLink(fair)), null);
                }
            }

            if (storyFile is not null)
            {
                // Every reported article is in the universe (a labelled story or known to be in none), unsure ones left out.
                var scoredRows = reported.Where(g => !storyFile.Unsure.Contains(g.Id)).ToList();
                StoryPairScores On(IReadOnlyDictionary<string, (string Cluster, string Story)> placed) =>
                    StoryPairScores.Of(scoredRows.Select(g => storyFile.Story.GetValueOrDefault(g.Id)).ToList(), scoredRows.Select(g => placed[articleOf[g.Id]].Story).ToList());
                Console.WriteLine();
                Console.WriteLine($"Story labels of {storiesPath} on {(reportHalf == "all" ? "all" : "half " + reportHalf)}: {scoredRows.Count(g => storyFile.Story.ContainsKey(g.Id))} articles in {scoredRows.Where(g => storyFile.Story.ContainsKey(g.Id)).Select(g => storyFile.Story[g.Id]).Distinct().Count()} stories, {scoredRows.Count} scored, {reported.Count - scoredRows.Count} unsure left out.");
                PrintStoryPairs("Marsad, chosen models", On(chosenPlaced), perStory: true);
                foreach (var (variant, placed) in variants) PrintStoryPairs(variant.Trim(), On(placed), perStory: false);
            }
            var devRows = reported.Where(g => storied.Contains(g.Set)).ToList();
            if (devRows.Count > 0)
            {
                // The dev file's stories per story: its pooled figure is the table's story pair F1, its macro weighs stories equally.
                Console.WriteLine();
                Console.WriteLine($"Dev file's story labels on {(reportHalf == "all" ? "all" : "half " + reportHalf)} ({devRows.Count} articles):");
                StoryPairScores OnDev(IReadOnlyDictionary<string, (string Cluster, string Story)> placed) =>
                    StoryPairScores.Of(devRows.Select(g => (string?)GoldStory.Of(g.Story, g.Event)).ToList(), devRows.Select(g => placed[articleOf[g.Id]].Story).ToList());
                PrintStoryPairs("Marsad, chosen models", OnDev(chosenPlaced), perStory: true, GoldStory.IsLabelled);
                foreach (var (variant, placed) in variants) PrintStoryPairs(variant.Trim(), OnDev(placed), perStory: false, GoldStory.IsLabelled);
            }

            var errorsOn = options.Get("errors", "");
            if (errorsOn.Length > 0)
            {
                // Errors are read on the fitted half: reading the reported half's errors would tune to it.
                var on = labelled.Where(g => errorsOn == "all" || HalfOf(g) == errorsOn).ToList();
                Run(chosen, on);
                PrintErrors(store, on, articleOf, model);
            }
            var storyErrorsOn = options.Get("story-errors", "");
            if (storyErrorsOn.Length > 0)
            {
                // Story-thread errors of the half asked (read the fit half's, as for events), under the chosen models.
                var on = labelled.Where(g => storied.Contains(g.Set) && (storyErrorsOn == "all" || HalfOf(g) == storyErrorsOn)).ToList();
                Run(chosen, on);
                PrintStoryErrors(store, on, articleOf, chosen);
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keepFolder.Length == 0) folder.Delete(recursive: true);
        }
    }

    /// <summary>A thread rule offered to the fit half's choice (<c>--story-cohesions</c>): the options that decide which thread a new cluster continues and which threads join.</summary>
    private sealed record ThreadRule(double Cohesion, int Core, int Hubs, double HubJoin, int Profile, double ThreadJoin, double PlaceSupport)
    {
        public static ThreadRule Of(StoryOptions o) =>
            new(o.StoryCohesion, o.StoryCoreClusters, o.StoryHubs, o.StoryHubJoin, o.StoryThreadProfile, o.StoryThreadJoin, o.StoryPlaceSupport);

        public StoryOptions On(StoryOptions o) => o with
        {
            StoryCohesion = Cohesion, StoryCoreClusters = Core, StoryHubs = Hubs, StoryHubJoin = HubJoin, StoryThreadProfile = Profile,
            StoryThreadJoin = ThreadJoin, StoryPlaceSupport = PlaceSupport,
        };

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"story cohesion {Cohesion:0.00} over {Core} clusters, hubs {Hubs}, hub join {HubJoin:0.00}, thread profile {Profile}, thread join {ThreadJoin:0.00}, place support {PlaceSupport:0.00}");
    }

    /// <summary>In-sample pairwise F1 within this much of the best is a tie (about one pair of a fit half's ~100).</summary>
    private const double ThresholdTie = 0.01;

    /// <summary>
    /// The threshold chosen on the fit half: the highest whose in-sample pairwise F1 is within <see cref="ThresholdTie"/>
    /// of the best. The fit halves' curves are flat near their top (half A: 0.844, 0.842, 0.842 at 0.80, 0.85, 0.90; half
    /// B: 0.704, 0.691, 0.703 at 0.70, 0.80, 0.85), so the bare maximum moved with one pair and chose 0.70 on B. On a tie
    /// the higher threshold: an online clusterer's false join also draws later reports of either happening to the wrong
    /// cluster, a miss does not.
    /// </summary>
    private static double Plateau(IEnumerable<(double Threshold, double F1)> curve)
    {
        var points = curve.ToList();
        var best = points.Max(p => p.F1);
        return points.Where(p => p.F1 >= best - ThresholdTie).Max(p => p.Threshold);
    }

    private static List<(double[] Features, bool Positive)> Without(List<(double[] Features, bool Positive)> samples, int[] columns)
    {
        foreach (var (features, _) in samples)
            foreach (var k in columns) features[k] = 0;
        return samples;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>Every pair of the labelled articles within the event window, with its evidence and whether gold puts it in one event.</summary>
    /// <summary>A story model that is the earlier rule: word cosine ≥ 0.2 (p = 0.5 exactly there), nothing else.</summary>
    private static readonly LinkModel WordsOnly = new(-0.2 * 50, 50, 0, 0, 0, 0, 0, 0);

    private static List<(double[] Features, bool Positive)> TrainingPairs(
        MarsadStore store, List<LabelledArticle> on, Dictionary<string, string> articleOf,
        int windowDays, Func<LabelledArticle, LabelledArticle, bool?> label, StoryOptions? storyEvidence) =>
        [.. LabelledPairs(store, on, articleOf, windowDays, label, storyEvidence)];

    /// <summary>Every pair of <paramref name="on"/> within the window that <paramref name="label"/> labels, with its evidence.</summary>
    private static List<(double[] Features, T Label)> LabelledPairs<T>(
        MarsadStore store, List<LabelledArticle> on, Dictionary<string, string> articleOf,
        int windowDays, Func<LabelledArticle, LabelledArticle, T?> label, StoryOptions? storyEvidence) where T : struct
    {
        // Story pairs are read as the story model reads them (storyEvidence: its evidence floor), event pairs as the event model does.
        var index = new StoryIndex(storyEvidence);
        var list = new List<(double[], T)>();
        using var transaction = store.BeginTransaction();
        for (var i = 0; i < on.Count; i++)
            for (var j = i + 1; j < on.Count; j++)
            {
                if (index.Compare(articleOf[on[i].Id], articleOf[on[j].Id], transaction, forStory: storyEvidence is not null) is not { } evidence) continue;
                if (evidence.Gap > windowDays || label(on[i], on[j]) is not { } labelled) continue;
                list.Add((LinkModel.Features(evidence), labelled));
            }
        return list;
    }

    private static void PrintErrors(MarsadStore store, List<LabelledArticle> on, Dictionary<string, string> articleOf, LinkModel model)
    {
        var placed = new StoryRepository(store).Placements();
        var index = new StoryIndex();
        using var transaction = store.BeginTransaction();
        string Line(string sourceId) => ArticleLine(store, articleOf[sourceId], sourceId, null);
        foreach (var (kind, wantSame) in new[] { ("FALSE MERGE", false), ("MISSED", true) })
            for (var i = 0; i < on.Count; i++)
                for (var j = i + 1; j < on.Count; j++)
                {
                    var same = placed[articleOf[on[i].Id]].Cluster == placed[articleOf[on[j].Id]].Cluster;
                    if ((on[i].Event == on[j].Event) != wantSame || same == wantSame) continue;
                    var e = index.Compare(articleOf[on[i].Id], articleOf[on[j].Id], transaction);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{kind} p={(e is null ? 0 : model.Probability(e)):0.00} words={e?.Words:0.00} title={e?.Title:0.00} ent={e?.Entities:0.00} ev={e?.Events:0.00} place={e?.Places:0.00} cover={e?.HeadlineCoverage:0.00} cont={e?.Containment:0.00} gap={e?.Gap} same={e?.SameOutlet} placeveto={e?.FocusPlaceConflict}"));
                    Console.WriteLine($"    {Line(on[i].Id)}  [{on[i].Event}]");
                    Console.WriteLine($"    {Line(on[j].Id)}  [{on[j].Event}]");
                }
    }

    /// <summary>
    /// The story threads' false joins and misses, one line per pair of gold events (how many article pairs, whether the
    /// clusterer put the two in one event cluster), with the evidence of the pair of their articles the story model
    /// rates highest: what the story errors are made of, to class them.
    /// </summary>
    private static void PrintStoryErrors(MarsadStore store, List<LabelledArticle> on, Dictionary<string, string> articleOf, StoryOptions chosen)
    {
        var storyModel = chosen.StoryModel;
        var placed = new StoryRepository(store).Placements();
        var index = new StoryIndex(chosen);
        using var transaction = store.BeginTransaction();
        string Line(string sourceId) => ArticleLine(store, articleOf[sourceId], sourceId, $"{placed[articleOf[sourceId]].Cluster}/{placed[articleOf[sourceId]].Story} ");
        var groups = new Dictionary<(string, string), (string Kind, int Pairs, bool OneCluster, double P, PairEvidence? E, LabelledArticle A, LabelledArticle B)>();
        for (var i = 0; i < on.Count; i++)
            for (var j = i + 1; j < on.Count; j++)
            {
                var (a, b) = string.CompareOrdinal(on[i].Event, on[j].Event) <= 0 ? (on[i], on[j]) : (on[j], on[i]);
                var gold = GoldStory.Of(a.Story, a.Event) == GoldStory.Of(b.Story, b.Event);
                var (pa, pb) = (placed[articleOf[a.Id]], placed[articleOf[b.Id]]);
                if (gold == (pa.Story == pb.Story)) continue;
                var e = index.Compare(articleOf[a.Id], articleOf[b.Id], transaction, forStory: true);
                var p = e is null ? 0 : storyModel.Probability(e);
                var key = (a.Event, b.Event);
                var oneCluster = pa.Cluster == pb.Cluster;
                if (groups.TryGetValue(key, out var g))
                    groups[key] = p > g.P ? (g.Kind, g.Pairs + 1, g.OneCluster || oneCluster, p, e, a, b) : g with { Pairs = g.Pairs + 1, OneCluster = g.OneCluster || oneCluster };
                else groups[key] = (gold ? "STORY MISSED" : "STORY FALSE JOIN", 1, oneCluster, p, e, a, b);
            }
        foreach (var ((ea, eb), g) in groups.OrderBy(p => p.Value.Kind, StringComparer.Ordinal).ThenByDescending(p => p.Value.Pairs))
        {
            var e = g.E;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Kind} pairs={g.Pairs} onecluster={g.OneCluster} best p={g.P:0.00} words={e?.Words:0.00} title={e?.Title:0.00} ent={e?.Entities:0.00} ev={e?.Events:0.00} place={e?.Places:0.00} cover={e?.HeadlineCoverage:0.00} gap={e?.Gap} same={e?.SameOutlet} story={g.A.Story ?? "-"} / {g.B.Story ?? "-"}"));
            Console.WriteLine($"    {Line(g.A.Id)}  [{ea}]");
            Console.WriteLine($"    {Line(g.B.Id)}  [{eb}]");
        }
    }

    /// <summary>One article as the error lists show it: corpus id, outlet, where it was placed (when given), headline.</summary>
    private static string ArticleLine(MarsadStore store, string articleId, string sourceId, string? placement)
    {
        var article = store.Articles.Get(articleId)!;
        return $"{sourceId} {article.Outlet} {placement}{(article.Title ?? "").Trim()}";
    }

    /// <summary>Pooled and macro story pairs; with <paramref name="labelled"/>, also the macro over the stories it keeps (the
    /// label file's own stories, not the storyless events scored as stories of their own).</summary>
    private static void PrintStoryPairs(string name, StoryPairScores s, bool perStory, Func<string, bool>? labelled = null)
    {
        static string Line(StoryPairCount c) => string.Create(CultureInfo.InvariantCulture,
            $"P {c.Precision:0.000} R {c.Recall:0.000} F1 {c.F1:0.000} (found {c.Found}, missed {c.Missed}, false joins {c.FalseJoins})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: pooled pairs {Line(s.Pooled)}; macro over {s.PerStory.Count} stories P {s.MacroPrecision:0.000} R {s.MacroRecall:0.000} F1 {s.MacroF1:0.000}{(labelled is null ? "" : GoldOnly(s.Among(labelled)))}"));
        static string GoldOnly(StoryPairScores g) => string.Create(CultureInfo.InvariantCulture,
            $"; macro over {g.PerStory.Count} labelled stories P {g.MacroPrecision:0.000} R {g.MacroRecall:0.000} F1 {g.MacroF1:0.000}");
        if (perStory)
            foreach (var story in s.PerStory) Console.WriteLine($"    {story.Story} ({story.Members}): {Line(story)}");
    }

    private static void Print(string name, ClusterScores s, ClusterScores? story) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.BcubedPrecision:0.000} | {s.BcubedRecall:0.000} | {s.BcubedF1:0.000} | {s.PairPrecision:0.000} | {s.PairRecall:0.000} | {s.PairF1:0.000} | {s.Clusters} | {(story is null ? "" : story.BcubedF1.ToString("0.000", CultureInfo.InvariantCulture))} | {(story is null ? "" : story.PairF1.ToString("0.000", CultureInfo.InvariantCulture))} |"));

    private static Dictionary<string, string> ArticleIds(MarsadStore store, IEnumerable<string> sourceIds) =>
        sourceIds.Select(s => (Source: s, Ids: store.Articles.MatchIds(s, limit: 1))).Where(p => p.Ids.Count == 1)
            .ToDictionary(p => p.Source, p => p.Ids[0], StringComparer.Ordinal);

    /// <summary>The baseline the dev README describes: TF-IDF over the scored articles' stems (title and text), cosine, single link.</summary>
    private sealed class CosineBaseline
    {
        private readonly List<(int A, int B, double Cosine)> _pairs = [];
        private readonly int _count;

        private CosineBaseline(int count) => _count = count;

        public static CosineBaseline Build(MarsadStore store, IReadOnlyList<string> ids)
        {
            var text = new Pipeline.PipelineBuilder().UseText().Build();
            var profiler = new StoryProfiler(StoryOptions.Default with { TitleWeight = 1 });
            var bags = ids.Select(id =>
            {
                var article = store.Articles.Get(id)!;
                var document = text.Run(article);
                return profiler.Profile(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Words), [], [], null).Terms;
            }).ToList();
            var df = bags.SelectMany(b => b.Keys).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
            var vectors = bags.Select(b =>
            {
                var v = b.ToDictionary(p => p.Key, p => p.Value * (Math.Log((1.0 + bags.Count) / (1.0 + df[p.Key])) + 1));
                var norm = Math.Sqrt(v.Values.Sum(x => x * x));
                return v.ToDictionary(p => p.Key, p => p.Value / norm);
            }).ToList();
            var baseline = new CosineBaseline(ids.Count);
            for (var a = 0; a < vectors.Count; a++)
                for (var b = a + 1; b < vectors.Count; b++)
                    baseline._pairs.Add((a, b, vectors[a].Sum(p => p.Value * vectors[b].GetValueOrDefault(p.Key))));
            return baseline;
        }

        public List<string> SingleLink(double threshold)
        {
            var parent = Enumerable.Range(0, _count).ToArray();
            int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
            foreach (var (a, b, cosine) in _pairs) if (cosine >= threshold) parent[Find(a)] = Find(b);
            return [.. Enumerable.Range(0, _count).Select(i => Find(i).ToString(CultureInfo.InvariantCulture))];
        }
    }
}
