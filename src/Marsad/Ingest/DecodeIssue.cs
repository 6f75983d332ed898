namespace Marsad.Ingest;

/// <summary>
/// Something decoding had to do to one line of a source that the reader must hear about: bytes that are not valid in
/// the line's encoding replaced by U+FFFD (<see cref="IngestProblemCodes.InvalidUtf8"/>), or a line read in another
/// encoding than the rest of the file (<see cref="IngestProblemCodes.MixedEncoding"/>).
/// <see cref="Line"/> is 1-based; <see cref="ByteOffset"/> is the offset in the (decompressed) file of the first bad
/// byte, or of the line's start for a mixed encoding; <see cref="Bytes"/> counts the bad bytes of the line.
/// </summary>
public sealed record DecodeIssue(string Code, int Line, long ByteOffset, int Bytes, string Encoding)
{
    /// <summary>One clause for a problem message, e.g. "line 3 (byte 1,204): 1 byte not valid UTF-8, replaced by �".</summary>
    public string Describe() => Code == IngestProblemCodes.InvalidUtf8
        ? $"line {Line} (byte {ByteOffset:N0}): {Bytes} byte{(Bytes == 1 ? "" : "s")} not valid UTF-8, replaced by U+FFFD"
        : $"line {Line} (byte {ByteOffset:N0}) is in {Encoding}, not the file's encoding, and was read as {Encoding}";
}
