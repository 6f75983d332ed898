namespace Marsad.Ingest;

/// <summary>
/// The files a set of paths expands to, in the order they will be read, plus the paths that could not be
/// planned (missing, unsupported). Directories are walked recursively; their files are read in ordinal order
/// of their path so two runs over the same tree read (and keep the first of any duplicates) identically.
/// Hidden files, symlinked directories and files of kinds Marsad does not read (sidecar .json, images…) are skipped inside directories;
/// a file named explicitly with such a kind is reported as unsupported.
/// </summary>
public sealed record SourcePlan(IReadOnlyList<SourceFile> Files, IReadOnlyList<IngestProblem> Problems)
{
    public long TotalBytes => Files.Sum(f => f.Length);

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
                foreach (var file in FilesUnder(path).Where(f => SourceFile.KindOf(f) is not null).Order(StringComparer.Ordinal)) Add(file);
            }
            else if (File.Exists(path))
            {
                if (SourceFile.KindOf(path) is null)
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

        static IEnumerable<string> FilesUnder(string root)
        {
            // Walked by hand rather than with RecurseSubdirectories, which follows directory symlinks and so
            // loops (a/loop -> ..) reading the same files dozens of times. Symlinked files are still read.
            var options = new EnumerationOptions { IgnoreInaccessible = true };
            var pending = new Stack<string>([root]);
            while (pending.TryPop(out var directory))
            {
                foreach (var file in Directory.EnumerateFiles(directory, "*", options)) yield return file;
                foreach (var sub in Directory.EnumerateDirectories(directory, "*", options))
                    if (new DirectoryInfo(sub).LinkTarget is null) pending.Push(sub);
            }
        }

        void Add(string file)
        {
            if (!seen.Add(Path.GetFullPath(file))) return;
            long length;
            try { length = new FileInfo(file).Length; }
            catch (IOException) { length = 0; }
            files.Add(new SourceFile(file, SourceFile.KindOf(file)!.Value, length));
        }
    }
}
