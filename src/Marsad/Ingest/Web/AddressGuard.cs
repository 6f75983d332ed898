using System.Net;
using System.Net.Sockets;

namespace Marsad.Ingest.Web;

/// <summary>
/// The SSRF guard. It is the <see cref="SocketsHttpHandler.ConnectCallback"/> of every fetch: it resolves the host
/// itself, keeps only the addresses it may reach (<see cref="AddressClass.Public"/> ones, or any address of a host the
/// allow list names), and connects the socket to one of exactly those addresses. Because the check and the connection
/// use the same resolved address, a host whose DNS answers a public address to a first lookup and 127.0.0.1 to a second
/// (DNS rebinding) cannot slip through, and every redirect target is checked when its connection is made. Proxies are
/// never used (the handler is built with <c>UseProxy = false</c>), since a proxy would make the connection instead.
/// </summary>
public sealed class AddressGuard
{
    private readonly HashSet<string> _allowedHosts;
    private readonly HashSet<IPAddress> _allowedAddresses;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    /// <param name="allowedHosts">Host names or IP addresses that may be fetched whatever their address class
    /// (<c>--allow-host</c>): a name matches the URL's host, an address matches the address connected to.</param>
    /// <param name="resolve">Name resolution; DNS by default (replaced in tests to play a rebinding resolver).</param>
    public AddressGuard(IEnumerable<string>? allowedHosts = null, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        _allowedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _allowedAddresses = [];
        foreach (var host in allowedHosts ?? [])
        {
            var trimmed = host.Trim().TrimStart('[').TrimEnd(']');
            if (IPAddress.TryParse(trimmed, out var address)) _allowedAddresses.Add(Canonical(address));
            else if (trimmed.Length > 0) _allowedHosts.Add(trimmed.TrimEnd('.'));
        }
        _resolve = resolve ?? ((host, token) => Dns.GetHostAddressesAsync(host, token));
    }

    /// <summary>The addresses of <paramref name="host"/> that may be connected to, in resolver order.</summary>
    /// <exception cref="BlockedAddressException">when none may.</exception>
    public async Task<IReadOnlyList<IPAddress>> PermittedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var name = host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(name, out var literal) ? [literal] : await _resolve(name, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (_allowedHosts.Contains(name.TrimEnd('.'))) return addresses;
        var permitted = addresses.Where(a => _allowedAddresses.Contains(Canonical(a)) || !AddressClassifier.IsBlocked(a)).ToList();
        if (permitted.Count == 0) throw new BlockedAddressException(name, addresses[0], AddressClassifier.Classify(addresses[0]));
        return permitted;
    }

    /// <summary>The handler's connect callback: a socket connected to a permitted address of the request's host.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = await PermittedAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static IPAddress Canonical(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
