using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Search;

/// <summary>
/// The search index as <see cref="SearchService"/> reads it: each file memory-mapped once (read only), its bytes read
/// straight from the mapping's address. Lucene.NET's own <see cref="MMapDirectory"/> reads every byte through
/// <see cref="UnmanagedMemoryAccessor"/>, which takes and releases a reference on the mapping's handle per call: in a
/// profile of searches over a 30k store that was 17% of all CPU — most of it decompressing the term vectors snippets
/// were then built from (LZ4, a byte at a time; layout-4 reads them from the postings), the rest term dictionaries and postings. Here a byte is one memory load.
/// The bytes read are the same, so results are the same; writing goes through <see cref="SearchIndexWriter"/>'s own
/// directory, never this one. Lifetimes follow Lucene's contract: an input that opened a mapping (or a compound
/// file's slicer) releases it when disposed; clones and slices share it and must not outlive it, which Lucene's
/// reader reference counting guarantees (a search holds its reader until it has read its hits).
/// </summary>
internal sealed class MappedIndexDirectory(DirectoryInfo folder) : FSDirectory(folder, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = Mapping.Of(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput(path=\"{Path.Combine(Directory.FullName, name)}\")", mapping, 0, mapping.Length, owner: true);
    }

    /// <summary>A compound file: one mapping, its files read as slices of it.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Mapping.Of(Path.Combine(Directory.FullName, name)), Path.Combine(Directory.FullName, name));
    }

    private sealed class Slicer(Mapping mapping, string path) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
                throw new ArgumentException($"Slice {sliceDescription} [{offset}, {offset + length}) is outside {path} ({mapping.Length} bytes).");
            return new MappedInput($"MappedInput(path=\"{path}\" slice={sliceDescription})", mapping, offset, length, owner: false);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapping.Dispose();
        }
    }

    /// <summary>One file mapped read-only, its address pinned for the mapping's lifetime (one handle reference, not one per read).</summary>
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;
        private bool _released;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, nint address, long length)
        {
            (_file, _view, Address, Length) = (file, view, address, length);
        }

        public nint Address { get; }

        public long Length { get; }

        public static Mapping Of(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // An empty file cannot be mapped, and has nothing to read.
            if (stream.Length == 0) return new Mapping(null, null, 0, 0);
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, stream.Length, MemoryMappedFileAccess.Read);
                var added = false;
                view.SafeMemoryMappedViewHandle.DangerousAddRef(ref added);
                return new Mapping(file, view, view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset, stream.Length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (_released || _view is null) return;
            _released = true;
            _view.SafeMemoryMappedViewHandle.DangerousRelease();
            _view.Dispose();
            _file!.Dispose();
        }
    }

    private sealed class MappedInput : IndexInput
    {
        private readonly Mapping _mapping;
        private readonly nint _start;
        private readonly long _length;
        private bool _owner;
        private long _position;

        public MappedInput(string description, Mapping mapping, long offset, long length, bool owner) : base(description)
        {
            _mapping = mapping;
            _start = mapping.Address + (nint)offset;
            _length = length;
            _owner = owner;
        }

        public override long Length => _length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > _length) throw new IOException($"Seek to {pos} outside {this} ({_length} bytes).");
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length) throw new EndOfStreamException($"Read past the end of {this}.");
            return Marshal.ReadByte(_start + (nint)_position++);
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > _length - _position) throw new EndOfStreamException($"Read past the end of {this}.");
            if (len == 0) return;
            Marshal.Copy(_start + (nint)_position, b, offset, len);
            _position += len;
        }

        public override object Clone()
        {
            var clone = (MappedInput)base.Clone();
            clone._owner = false;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _owner) _mapping.Dispose();
        }
    }
}
