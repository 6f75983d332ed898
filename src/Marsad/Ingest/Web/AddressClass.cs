namespace Marsad.Ingest.Web;

/// <summary>
/// What kind of network an IP address belongs to, as far as fetching a news page is concerned: only
/// <see cref="Public"/> addresses are fetched unless <c>--allow-host</c> names the host. The other classes name why an
/// address is refused, so the problem message can say it.
/// </summary>
public enum AddressClass
{
    /// <summary>A globally routed address: fetched.</summary>
    Public,

    /// <summary>0.0.0.0 or :: (connecting to it reaches the local machine on most systems).</summary>
    Unspecified,

    /// <summary>127.0.0.0/8, ::1.</summary>
    Loopback,

    /// <summary>RFC 1918 (10/8, 172.16/12, 192.168/16) and the deprecated IPv6 site-local fec0::/10.</summary>
    Private,

    /// <summary>100.64.0.0/10, carrier-grade NAT (RFC 6598): inside a provider's network, not the internet.</summary>
    SharedAddressSpace,

    /// <summary>169.254.0.0/16, fe80::/10.</summary>
    LinkLocal,

    /// <summary>fc00::/7 (RFC 4193), IPv6's private addresses.</summary>
    UniqueLocal,

    /// <summary>224.0.0.0/4, ff00::/8.</summary>
    Multicast,

    /// <summary>The instance-metadata services of cloud providers (169.254.169.254, fd00:ec2::254, 100.100.100.200…),
    /// which hand out credentials to whoever asks from inside the machine.</summary>
    CloudMetadata,

    /// <summary>Not routed on the internet: 0.0.0.0/8, 192.0.0.0/24, documentation and benchmarking ranges,
    /// 240.0.0.0/4, the broadcast address, IPv6 discard and documentation prefixes.</summary>
    Reserved,
}
