using System.Collections.Concurrent;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Api;

/// <summary>
/// The API's way into the store. Reads run concurrently, each on a connection of its own taken from a small pool
/// (WAL lets readers proceed while a write commits); writes go one at a time through one writer connection, since
/// SQLite has a single writer and the ingest and analysis code assumes it is that writer.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly ConcurrentBag<MarsadStore> _readers = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly MarsadStore _writer;
    private readonly int _keep;
    private int _disposed;

    public StoreAccess(MarsadApiOptions options)
    {
        // Opening once up front creates and migrates the database, so readers never race a migration.
        _writer = MarsadStore.Open(options.Location);
        Location = _writer.Location;
        DataFolder = _writer.Folder;
        _keep = options.ReadConnections;
        Stamps = new IndexStampWatch(Location);
    }

    public string DataFolder { get; }

    public StoreLocation Location { get; }

    /// <summary>The store's stamp for the caches that must never serve a value older than the store.</summary>
    public IndexStampWatch Stamps { get; }

    public T Read<T>(Func<MarsadStore, T> read)
    {
        var store = _readers.TryTake(out var pooled) ? pooled : MarsadStore.Open(Location);
        try
        {
            return read(store);
        }
        finally
        {
            if (_readers.Count < _keep && Volatile.Read(ref _disposed) == 0) _readers.Add(store);
            else store.Dispose();
        }
    }

    /// <summary>Runs <paramref name="write"/> on the writer connection once earlier writes are done, off the request thread.</summary>
    public async Task<T> WriteAsync<T>(Func<MarsadStore, T> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => write(_writer), cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        while (_readers.TryTake(out var store)) store.Dispose();
        Stamps.Dispose();
        _writer.Dispose();
        _writeLock.Dispose();
    }
}
