using System.Net;

namespace Marsad.Ingest.Web;

/// <summary>Thrown by <see cref="AddressGuard"/> when every address of a host is refused; no connection was made.</summary>
public sealed class BlockedAddressException(string host, IPAddress address, AddressClass addressClass)
    : Exception(IPAddress.TryParse(host, out var literal) && literal.Equals(address)
        ? $"{host} is a {Describe(addressClass)} address"
        : $"{host} resolves to {address}, a {Describe(addressClass)} address")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;

    public AddressClass AddressClass { get; } = addressClass;

    private static string Describe(AddressClass c) => c switch
    {
        AddressClass.CloudMetadata => "cloud metadata",
        AddressClass.LinkLocal => "link-local",
        AddressClass.UniqueLocal => "unique-local",
        AddressClass.SharedAddressSpace => "shared (carrier-grade NAT)",
        _ => c.ToString().ToLowerInvariant(),
    };
}
