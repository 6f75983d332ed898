using System.Buffers.Binary;

namespace Marsad.Stories;

/// <summary>Stored term vectors and id lists: little-endian (int32 id, float32 weight) pairs sorted by id, or int32 ids.</summary>
internal static class TermBlob
{
    public static byte[] Encode(IReadOnlyList<(int Id, float Weight)> terms)
    {
        var bytes = new byte[terms.Count * 8];
        for (var i = 0; i < terms.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 8), terms[i].Id);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 8 + 4), terms[i].Weight);
        }
        return bytes;
    }

    public static (int Id, float Weight)[] Decode(ReadOnlySpan<byte> bytes)
    {
        var terms = new (int, float)[bytes.Length / 8];
        for (var i = 0; i < terms.Length; i++)
            terms[i] = (BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 8)..]), BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 8 + 4)..]));
        return terms;
    }

    public static byte[] EncodeIds(IReadOnlyList<int> ids)
    {
        var bytes = new byte[ids.Count * 4];
        for (var i = 0; i < ids.Count; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), ids[i]);
        return bytes;
    }

    public static int[] DecodeIds(ReadOnlySpan<byte> bytes)
    {
        var ids = new int[bytes.Length / 4];
        for (var i = 0; i < ids.Length; i++) ids[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
        return ids;
    }

    public static byte[] EncodeSignature(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return bytes;
    }

    public static uint[] DecodeSignature(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (var i = 0; i < signature.Length; i++) signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        return signature;
    }
}
