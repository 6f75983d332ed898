using System.Net;
using Marsad.Ingest.Web;

namespace Marsad.Tests.Ingest.Web;

public class AddressClassifierTests
{
    [Theory]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.255.3.4", AddressClass.Loopback)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("10.0.0.1", AddressClass.Private)]
    [InlineData("172.16.0.1", AddressClass.Private)]
    [InlineData("172.31.255.254", AddressClass.Private)]
    [InlineData("192.168.1.1", AddressClass.Private)]
    [InlineData("fec0::1", AddressClass.Private)]
    [InlineData("100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("100.127.255.255", AddressClass.SharedAddressSpace)]
    [InlineData("169.254.1.1", AddressClass.LinkLocal)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("febf::1", AddressClass.LinkLocal)]
    [InlineData("fc00::1", AddressClass.UniqueLocal)]
    [InlineData("fd12:3456::1", AddressClass.UniqueLocal)]
    [InlineData("224.0.0.1", AddressClass.Multicast)]
    [InlineData("239.255.255.250", AddressClass.Multicast)]
    [InlineData("ff02::1", AddressClass.Multicast)]
    [InlineData("169.254.169.254", AddressClass.CloudMetadata)]
    [InlineData("169.254.170.2", AddressClass.CloudMetadata)]
    [InlineData("fd00:ec2::254", AddressClass.CloudMetadata)]
    [InlineData("100.100.100.200", AddressClass.CloudMetadata)]
    [InlineData("192.0.0.192", AddressClass.CloudMetadata)]
    [InlineData("0.1.2.3", AddressClass.Reserved)]
    [InlineData("192.0.2.10", AddressClass.Reserved)]
    [InlineData("198.18.0.1", AddressClass.Reserved)]
    [InlineData("240.0.0.1", AddressClass.Reserved)]
    [InlineData("255.255.255.255", AddressClass.Reserved)]
    [InlineData("2001:db8::1", AddressClass.Reserved)]
    [InlineData("100::1", AddressClass.Reserved)]
    public void Non_public_addresses_get_their_class(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]
    [InlineData("::ffff:10.1.2.3", AddressClass.Private)]
    [InlineData("::ffff:169.254.169.254", AddressClass.CloudMetadata)]
    [InlineData("::ffff:192.168.0.1", AddressClass.Private)]
    [InlineData("::ffff:0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::127.0.0.1", AddressClass.Loopback)]
    [InlineData("64:ff9b::10.0.0.1", AddressClass.Private)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressClass.CloudMetadata)]
    [InlineData("2002:c0a8:0101::1", AddressClass.Private)]
    [InlineData("2002:7f00:0001::", AddressClass.Loopback)]
    public void IPv6_forms_carrying_an_IPv4_address_take_its_class(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2a00:1450:4001::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:0808:0808::1")]
    [InlineData("fbff::1")]
    public void Globally_routed_addresses_are_public(string address)
    {
        Assert.Equal(AddressClass.Public, AddressClassifier.Classify(IPAddress.Parse(address)));
        Assert.False(AddressClassifier.IsBlocked(IPAddress.Parse(address)));
    }
}
