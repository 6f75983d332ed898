using System.Net;
using System.Net.Sockets;

namespace Marsad.Ingest.Web;

/// <summary>
/// Classifies an IP address (<see cref="AddressClass"/>). IPv6 forms that carry an IPv4 address — IPv4-mapped
/// (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:AABB:CCDD::) — are classified
/// by the IPv4 address they reach, because that is where the packets go: ::ffff:127.0.0.1 is loopback.
/// </summary>
public static class AddressClassifier
{
    // Cloud instance-metadata endpoints: AWS/GCP/Azure/DigitalOcean/OpenStack (169.254.169.254), AWS ECS task
    // metadata (169.254.170.2), AWS over IPv6 (fd00:ec2::254), Alibaba (100.100.100.200), Oracle (192.0.0.192).
    private static readonly IPAddress[] s_metadata =
    [
        IPAddress.Parse("169.254.169.254"), IPAddress.Parse("169.254.170.2"), IPAddress.Parse("fd00:ec2::254"),
        IPAddress.Parse("100.100.100.200"), IPAddress.Parse("192.0.0.192"),
    ];

    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (s_metadata.Any(m => m.Equals(address))) return AddressClass.CloudMetadata;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => AddressClass.Reserved,
        };
    }

    /// <summary>True for every class but <see cref="AddressClass.Public"/>.</summary>
    public static bool IsBlocked(IPAddress address) => Classify(address) != AddressClass.Public;

    private static AddressClass ClassifyV4(byte[] b)
    {
        if (b.All(x => x == 0)) return AddressClass.Unspecified;
        return b[0] switch
        {
            0 => AddressClass.Reserved,
            10 => AddressClass.Private,
            127 => AddressClass.Loopback,
            100 when b[1] is >= 64 and <= 127 => AddressClass.SharedAddressSpace,
            169 when b[1] == 254 => AddressClass.LinkLocal,
            172 when b[1] is >= 16 and <= 31 => AddressClass.Private,
            192 when b[1] == 168 => AddressClass.Private,
            192 when b[1] == 0 && b[2] is 0 or 2 => AddressClass.Reserved,      // IETF assignments, TEST-NET-1
            198 when b[1] is 18 or 19 => AddressClass.Reserved,                   // benchmarking
            198 when b[1] == 51 && b[2] == 100 => AddressClass.Reserved,          // TEST-NET-2
            203 when b[1] == 0 && b[2] == 113 => AddressClass.Reserved,           // TEST-NET-3
            >= 224 and <= 239 => AddressClass.Multicast,
            >= 240 => AddressClass.Reserved,                                      // 240/4 and 255.255.255.255
            _ => AddressClass.Public,
        };
    }

    private static AddressClass ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
        if (address.Equals(IPAddress.IPv6Loopback)) return AddressClass.Loopback;
        var b = address.GetAddressBytes();
        if (b[..12].All(x => x == 0)) return Embedded(b, 12);                   // ::a.b.c.d, IPv4-compatible
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].All(x => x == 0))
            return Embedded(b, 12);                                              // 64:ff9b::/96, NAT64
        if (b[0] == 0x20 && b[1] == 0x02) return Embedded(b, 2);               // 2002::/16, 6to4
        if (b[0] == 0xff) return AddressClass.Multicast;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return AddressClass.LinkLocal;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return AddressClass.Private; // fec0::/10, deprecated site-local
        if ((b[0] & 0xfe) == 0xfc) return AddressClass.UniqueLocal;
        if (b[0] == 0x01 && b[1] == 0x00 && b[2..8].All(x => x == 0)) return AddressClass.Reserved;          // 100::/64 discard
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return AddressClass.Reserved;      // 2001:db8::/32
        return AddressClass.Public;
    }

    private static AddressClass Embedded(byte[] bytes, int at) => Classify(new IPAddress(bytes[at..(at + 4)]));
}
