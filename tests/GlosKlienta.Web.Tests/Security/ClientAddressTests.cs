using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Security;

/// <summary>
/// Issue 16, rate limits: a client is limited by its IPv4 address or its IPv6 /64; the address comes through a chain of
/// trusted proxies given as addresses or networks (CIDR), and a refusal carries Retry-After.
/// </summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void ClientKey_IsTheIPv4Address_OrTheIPv6Slash64(string address, string key) =>
        Assert.Equal(key, SubmissionLimiter.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public void ClientKey_WithoutAnAddress_IsOneSharedKey() => Assert.Equal("unknown", SubmissionLimiter.ClientKey(null));

    [Fact]
    public async Task ForwardedFor_ThroughAChainOfTrustedProxies_GivenAsNetworks_YieldsTheClient()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite(), new Dictionary<string, string?>
        {
            ["ReverseProxy:KnownNetworks:0"] = "10.0.0.0/8",
        });
        var options = factory.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>();

        async Task<IPAddress?> ClientAsync(string remote, string forwardedFor)
        {
            var context = new DefaultHttpContext();
            context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            await new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, options).Invoke(context);
            return context.Connection.RemoteIpAddress;
        }

        // The load balancer (10.0.0.5) in front of the office's proxy (10.2.2.2), both in the trusted network.
        Assert.Equal(IPAddress.Parse("203.0.113.7"), await ClientAsync("10.0.0.5", "203.0.113.7, 10.2.2.2"));
        // A client cannot forge its address through an untrusted hop: the chain stops at the first address not trusted.
        Assert.Equal(IPAddress.Parse("198.51.100.9"), await ClientAsync("10.0.0.5", "1.2.3.4, 198.51.100.9"));
        // Nothing is taken from a request that did not come through a trusted proxy.
        Assert.Equal(IPAddress.Parse("198.51.100.9"), await ClientAsync("198.51.100.9", "203.0.113.7"));
    }
}
