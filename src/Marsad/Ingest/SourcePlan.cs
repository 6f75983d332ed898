namespace Marsad.Ingest;

/// <summary>
/// The files a set of paths expands to, in the order they will be read, plus the paths that could not be
/// planned (missing, unsupported). Directories are walked recursively; their files are read in ordinal order
/// of their path so two runs over the same tree read (and keep the first of any duplicates) identically.
/// Hidden files, symlinked directories and files of kinds Marsad does not read (sidecar .json, images…) are skipped inside directories;
/// a file named explicitly with such a kind is reported as unsupported. A FIFO, device or socket is never opened (reading
/// one can wait forever or never end) but reported as <c>special-file</c>; a folder that cannot be listed is reported as
/// <c>unreadable</c> and the rest of the tree is still read.
/// </summary>
public sealed record SourcePlan(IReadOnlyList<SourceFile> Files, IReadOnlyList<IngestProblem> Problems) : IArticleSource
{
    public long TotalBytes => Files.Sum(f => f.Length);

    int IArticleSource.SourceCount => Files.Count;

    IEnumerable<IngestItem> IArticleSource.Read(IngestOptions options, ReadCounters counters, CancellationToken cancellationToken) =>
        ArticleReader.Read(this, options, counters);

    public static SourcePlan For(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var problems = new List<IngestProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path, problems).Where(f => SourceFile.KindOf(f) is not null).Order(StringComparer.Ordinal)) Add(file);
            }
            else if (File.Exists(path))
            {
                if (FileType.SpecialName(path) is not null) Add(path);
                else if (SourceFile.KindOf(path) is null)
                    problems.Add(new IngestProblem(path, IngestProblemCodes.Unsupported,
                        $"{path} is not a kind of file Marsad reads; give .txt (with optional NAME.meta.json), .html, .jsonl or .jsonl.gz files or a folder of them."));
                else Add(path);
            }
            else
            {
                problems.Add(new IngestProblem(path, IngestProblemCodes.NotFound,
                    $"{path} does not exist; check the path (relative paths are taken from {Environment.CurrentDirectory})."));
            }
        }
        return new SourcePlan(files, problems);

        static List<string> FilesUnder(string root, List<IngestProblem> problems)
        {
            // Walked by hand rather than with RecurseSubdirectories, which follows directory symlinks and so
            // loops (a/loop -> ..) reading the same files dozens of times. Symlinked files are still read.
            var options = new EnumerationOptions { IgnoreInaccessible = false };
            var files = new List<string>();
            var pending = new Stack<string>([root]);
            while (pending.TryPop(out var directory))
            {
                try
                {
                    files.AddRange(Directory.GetFiles(directory, "*", options));
                    foreach (var sub in Directory.GetDirectories(directory, "*", options))
                        if (new DirectoryInfo(sub).LinkTarget is null) pending.Push(sub);
                }
                catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
                {
                    problems.Add(new IngestProblem(directory, IngestProblemCodes.Unreadable,
                        $"the folder {directory} could not be listed ({ex.Message}), so nothing in it was read; give Marsad permission to read it."));
                }
            }
            return files;
        }

        void Add(string file)
        {
            if (!seen.Add(Path.GetFullPath(file))) return;
            if (FileType.SpecialName(file) is { } special)
            {
                problems.Add(new IngestProblem(file, IngestProblemCodes.SpecialFile,
                    $"{file} is {special}, not a regular file; it was skipped because reading it could wait forever or never end. Copy its content to a file to ingest it."));
                return;
            }
            long length;
            try { length = new FileInfo(file).Length; }
            catch (IOException) { length = 0; }
            files.Add(new SourceFile(file, SourceFile.KindOf(file)!.Value, length));
        }
    }
}
