using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Marsad.Search;

/// <summary>
/// The search index's write lock, exclusive across processes: one file in the data folder
/// (<c>search-index-write.lock</c>) opened with <see cref="FileShare.None"/>, which .NET turns into an exclusive
/// <c>flock</c> on Unix and a share-mode lock on Windows. The kernel releases it when the holder dies, even by SIGKILL;
/// the file itself is never deleted (deleting it would let a second process lock a new file while the first still holds
/// the old one).
/// Why not Lucene.NET's default <see cref="NativeFSLockFactory"/>: on Linux it opens its lock file with
/// <see cref="FileShare.Read"/>, which .NET maps to a <em>shared</em> flock, so every process obtains the lock at once
/// and two writers then commit segments of the same names and delete each other's files (issue 13,
/// <c>scripts/index-race.sh</c>). The lock file lives beside the index folder, not in it, so one lock covers
/// updates and <c>reindex</c>, whose new folder is swapped in under it.
/// </summary>
internal sealed class ExclusiveFileLockFactory(string dataFolder) : LockFactory
{
    public override Lock MakeLock(string lockName) =>
        new FileLock(Path.Combine(dataFolder, $"{SearchIndex.FolderName}-{lockName}"));

    /// <summary>Another process's lock cannot be broken, and a dead one's is already gone: nothing to clear.</summary>
    public override void ClearLock(string lockName) { }

    private sealed class FileLock(string path) : Lock
    {
        private readonly System.Threading.Lock _gate = new();
        private FileStream? _held;

        public override bool Obtain()
        {
            lock (_gate)
            {
                if (_held is not null) return false;
                try
                {
                    _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return true;
                }
                catch (IOException e)
                {
                    // Held by another process (or another writer of this one): Lucene's timed Obtain tries again.
                    FailureReason = e;
                    return false;
                }
            }
        }

        public override bool IsLocked()
        {
            lock (_gate)
            {
                if (_held is not null) return true;
                try
                {
                    using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return false;
                }
                catch (IOException)
                {
                    return true;
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            lock (_gate)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public override string ToString() => $"{nameof(ExclusiveFileLockFactory)}@{path}";
    }
}
