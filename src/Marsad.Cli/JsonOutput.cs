using System.Text;
using System.Text.Json;
using Marsad.Views;

namespace Marsad.Cli;

/// <summary>JSON on stdout (through Console.Out, so it can be redirected), Arabic left readable rather than escaped.</summary>
internal static class JsonOutput
{
    // The library's view options, so `marsad X --json` and the API's route for X write the same bytes.
    public static Utf8JsonWriter CreateWriter(bool indented = true) =>
        new(new ConsoleOutStream(), ViewJson.Options with { Indented = indented });

    public static void Write(Action<Utf8JsonWriter> body, bool indented = true)
    {
        using (var writer = CreateWriter(indented))
        {
            body(writer);
        }
        Console.Out.WriteLine();
        Console.Out.Flush();
    }

    // Utf8JsonWriter wants a stream; Console.Out is a TextWriter. The decoder keeps a character split
    // across two flushes whole.
    private sealed class ConsoleOutStream : Stream
    {
        private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
        private char[] _chars = new char[4096];

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length) _chars = new char[Math.Max(needed, _chars.Length * 2)];
            var written = _decoder.GetChars(buffer, _chars, flush: false);
            Console.Out.Write(_chars, 0, written);
        }

        public override void Flush() => Console.Out.Flush();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
