namespace Marsad.Ingest;

/// <summary>
/// Splits a byte stream into lines at LF (dropping a CR before it) without decoding, so each line can be decoded on
/// its own evidence (<see cref="LineDecoder"/>) and every problem can name its line and byte offset. Never holds more
/// than <c>maxLineBytes</c> of one line: a longer line is skipped to its end and reported as too long, so one runaway
/// line (or a binary file without line breaks) cannot exhaust memory and the lines after it are still read.
/// Works for UTF-8 and the single-byte code pages, where LF is always the byte 0x0A; UTF-16 is transcoded first.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private byte[] _line = new byte[1 << 12];
    private int _lineLength;
    private int _position;
    private int _filled;
    private long _bufferStart;
    private bool _ended;

    /// <summary>1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Offset in the stream of the first byte of the line last read.</summary>
    public long LineStart { get; private set; }

    /// <summary>The line last read, without its terminator; empty when it was too long.</summary>
    public ReadOnlySpan<byte> Line => _line.AsSpan(0, _lineLength);

    /// <summary>Whether the line last read was over the limit and skipped.</summary>
    public bool TooLong { get; private set; }

    /// <summary>Reads the next line; false at the end of the stream.</summary>
    public bool Next()
    {
        _lineLength = 0;
        TooLong = false;
        LineStart = _bufferStart + _position;
        var sawAnything = false;
        while (true)
        {
            if (_position == _filled)
            {
                if (!_ended)
                {
                    _bufferStart += _filled;
                    _position = 0;
                    _filled = stream.Read(_buffer, 0, _buffer.Length);
                    _ended = _filled == 0;
                }
                if (_ended)
                {
                    if (!sawAnything) return false;
                    LineNumber++;
                    TrimCarriageReturn();
                    return true;
                }
            }
            sawAnything = true;
            var available = _buffer.AsSpan(_position, _filled - _position);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline >= 0 ? available[..newline] : available;
            if (!TooLong)
            {
                if ((long)_lineLength + piece.Length > maxLineBytes)
                {
                    TooLong = true;
                    _lineLength = 0;
                }
                else Append(piece);
            }
            _position += piece.Length;
            if (newline >= 0)
            {
                _position++;
                LineNumber++;
                TrimCarriageReturn();
                return true;
            }
        }
    }

    private void Append(ReadOnlySpan<byte> piece)
    {
        if (_lineLength + piece.Length > _line.Length)
            Array.Resize(ref _line, (int)Math.Min(Array.MaxLength, Math.Max(_line.Length * 2L, _lineLength + (long)piece.Length)));
        piece.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += piece.Length;
    }

    private void TrimCarriageReturn()
    {
        if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r') _lineLength--;
    }
}
