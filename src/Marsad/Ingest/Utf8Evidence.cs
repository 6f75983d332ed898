using System.Buffers;
using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// How much of some bytes reads as UTF-8: <see cref="Valid"/> well-formed multi-byte sequences, <see cref="Invalid"/>
/// bytes in ill-formed ones (each maximal ill-formed subsequence counted by its length), and where the first one is.
/// Multi-byte UTF-8 is so constrained that text in a single-byte code page almost never forms it, while UTF-8 with a
/// damaged byte still has far more valid sequences than bad bytes: the ratio is the evidence the decoder decides on.
/// </summary>
internal readonly record struct Utf8Evidence(int Valid, int Invalid, int FirstInvalid)
{
    public bool IsAscii => Valid == 0 && Invalid == 0;

    /// <summary>More valid multi-byte sequences than bad bytes: UTF-8 with damage, never another code page.</summary>
    public bool MostlyUtf8 => Valid > Invalid;

    public static Utf8Evidence Of(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, i = 0;
        while (i < bytes.Length)
        {
            var ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            i += ascii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.Done) valid++;
            else
            {
                invalid += consumed;
                if (first < 0) first = i;
            }
            i += Math.Max(1, consumed);
        }
        return new Utf8Evidence(valid, invalid, first);
    }
}
