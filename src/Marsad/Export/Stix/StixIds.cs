using System.Security.Cryptography;
using System.Text;

namespace Marsad.Export.Stix;

/// <summary>
/// STIX identifiers that are the same on every export of the same content: <c>type--UUIDv5</c> (RFC 9562 §5.5, SHA-1
/// name-based) of the object's type and a key made of what the object stands for (an incident's store id, a party's
/// entity id or country). STIX 2.1 recommends version 4 for domain objects but allows any RFC 4122 UUID; a
/// name-based one lets a threat-intelligence platform that imports a re-export update its objects instead of
/// duplicating them.
/// </summary>
public static class StixIds
{
    /// <summary>Marsad's namespace: the UUIDv5 of <c>urn:marsad:stix</c> in the URL namespace of RFC 9562.</summary>
    private static readonly Guid s_namespace = Version5(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:marsad:stix");

    public static string Of(string type, string key) => $"{type}--{Version5(s_namespace, type + "\n" + key):D}";

    public static Guid Version5(Guid space, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
