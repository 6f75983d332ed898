using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace Marsad.Ingest;

/// <summary>
/// Decompresses a gzip file (one or more members, RFC 1952) and checks each member's trailer, so a cut or damaged file
/// is named instead of ending silently: .NET's GZipStream returns end-of-stream on a file cut mid-stream or missing its
/// trailer, and reports a damaged checksum as "unsupported compression method". Members are framed here and inflated by
/// SharpZipLib's <see cref="Inflater"/>, whose leftover input tells exactly where the trailer starts. Every byte
/// decompressed before damage is returned first; the damage is thrown as <see cref="GzipDamageException"/> on the next
/// read, so every whole line before it is kept. Bytes after the last whole member that do not start another member are
/// ignored, as gzip(1) does with trailing garbage.
/// </summary>
internal sealed class CheckedGzipStream(Stream compressed) : Stream
{
    private enum State { Header, Body, Trailer, Ended }

    private readonly byte[] _input = new byte[1 << 16];
    private readonly Inflater _inflater = new(noHeader: true);
    private readonly Crc32 _crc = new();
    private int _inputStart;
    private int _inputEnd;
    private State _state = State.Header;
    private int _members;
    private long _memberOut;
    private long _totalOut;
    private GzipDamageException? _failed;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_failed is not null) throw _failed;
        if (count == 0) return 0;
        while (true)
        {
            switch (_state)
            {
                case State.Ended:
                    return 0;
                case State.Header:
                    if (!Available(1))
                    {
                        _state = State.Ended;
                        return 0;
                    }
                    if (_members > 0 && !(Available(2) && _input[_inputStart] == 0x1F && _input[_inputStart + 1] == 0x8B))
                    {
                        _state = State.Ended;
                        return 0;
                    }
                    ReadHeader();
                    break;
                case State.Body:
                    if (_inflater.IsNeedingInput)
                    {
                        if (!Available(1)) throw Fail(GzipDamageKind.Truncated, "the compressed stream stops before its end");
                        _inflater.SetInput(_input, _inputStart, _inputEnd - _inputStart);
                        _inputStart = _inputEnd;
                    }
                    int read;
                    try
                    {
                        read = _inflater.Inflate(buffer, offset, count);
                    }
                    catch (SharpZipBaseException ex)
                    {
                        throw Fail(GzipDamageKind.Corrupt, $"the compressed data is invalid ({ex.Message.TrimEnd('.')})");
                    }
                    if (_inflater.IsFinished)
                    {
                        // What the inflater did not use is the start of the trailer.
                        _inputStart = _inputEnd - _inflater.RemainingInput;
                        _state = State.Trailer;
                    }
                    else if (read == 0 && _inflater.IsNeedingDictionary)
                        throw Fail(GzipDamageKind.Corrupt, "the compressed data asks for a preset dictionary, which gzip does not use");
                    if (read > 0)
                    {
                        _crc.Update(new ArraySegment<byte>(buffer, offset, read));
                        _memberOut += read;
                        _totalOut += read;
                        return read;
                    }
                    break;
                case State.Trailer:
                    CheckTrailer();
                    break;
            }
        }
    }

    private void ReadHeader()
    {
        var start = Byte("header");
        if (start != 0x1F || Byte("header") != 0x8B)
            throw Fail(GzipDamageKind.NotGzip, "it does not start with the gzip signature (1F 8B)");
        if (Byte("header") != 8) throw Fail(GzipDamageKind.Corrupt, "its header names a compression method other than deflate");
        var flags = Byte("header");
        for (var i = 0; i < 6; i++) Byte("header");                   // modification time, extra flags, OS
        if ((flags & 0x04) != 0)                                       // FEXTRA: a length, then that many bytes
        {
            var length = Byte("header") | Byte("header") << 8;
            for (var i = 0; i < length; i++) Byte("header");
        }
        if ((flags & 0x08) != 0) while (Byte("header") != 0) { }       // FNAME, zero-terminated
        if ((flags & 0x10) != 0) while (Byte("header") != 0) { }       // FCOMMENT, zero-terminated
        if ((flags & 0x02) != 0) { Byte("header"); Byte("header"); }   // FHCRC
        _inflater.Reset();
        _crc.Reset();
        _memberOut = 0;
        _state = State.Body;
    }

    private void CheckTrailer()
    {
        if (!Available(8)) throw Fail(GzipDamageKind.Truncated, "the compressed stream ends without its trailer (CRC-32 and length)");
        var trailer = _input.AsSpan(_inputStart, 8);
        var crc = BitConverter.ToUInt32(trailer[..4]);
        var size = BitConverter.ToUInt32(trailer[4..]);
        _inputStart += 8;
        if (crc != (uint)_crc.Value)
            throw Fail(GzipDamageKind.Corrupt, "the CRC-32 checksum in its trailer does not match the data: the data is damaged");
        if (size != (uint)_memberOut)
            throw Fail(GzipDamageKind.Corrupt, "the length in its trailer does not match the data: the data is damaged");
        _members++;
        _state = State.Header;
    }

    private byte Byte(string part)
    {
        if (!Available(1)) throw Fail(GzipDamageKind.Truncated, $"the file ends inside the gzip {part}");
        return _input[_inputStart++];
    }

    /// <summary>Whether at least <paramref name="count"/> unread compressed bytes are buffered, reading more if needed.</summary>
    private bool Available(int count)
    {
        while (_inputEnd - _inputStart < count)
        {
            if (_inputStart > 0)
            {
                _input.AsSpan(_inputStart, _inputEnd - _inputStart).CopyTo(_input);
                _inputEnd -= _inputStart;
                _inputStart = 0;
            }
            var read = compressed.Read(_input, _inputEnd, _input.Length - _inputEnd);
            if (read == 0) return false;
            _inputEnd += read;
        }
        return true;
    }

    private GzipDamageException Fail(GzipDamageKind kind, string cause) =>
        _failed = new GzipDamageException(kind, cause, _totalOut);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) compressed.Dispose();
        base.Dispose(disposing);
    }
}
