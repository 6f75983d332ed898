using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> but never holds more than a limit of one line in memory:
/// a line over the limit is skipped to its end and reported as too long, so one runaway line (or a binary file
/// without line breaks) cannot exhaust memory and the lines after it are still read.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLineChars)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _filled;
    private bool _ended;

    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator, or null at the end; <paramref name="tooLong"/> when it was skipped.</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        _line.Clear();
        var sawAnything = false;
        while (true)
        {
            if (_position == _filled)
            {
                if (_ended || (_filled = reader.Read(_buffer, 0, _buffer.Length)) == 0)
                {
                    _ended = true;
                    _filled = _position = 0;
                    if (!sawAnything) return null;
                    LineNumber++;
                    return tooLong ? string.Empty : _line.ToString();
                }
                _position = 0;
            }
            sawAnything = true;
            var available = _buffer.AsSpan(_position, _filled - _position);
            var newline = available.IndexOf('\n');
            var piece = newline >= 0 ? available[..newline] : available;
            if (!tooLong)
            {
                if (_line.Length + piece.Length > maxLineChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else _line.Append(piece);
            }
            _position += piece.Length;
            if (newline >= 0)
            {
                _position++;
                LineNumber++;
                if (tooLong) return string.Empty;
                if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
                return _line.ToString();
            }
        }
    }
}
