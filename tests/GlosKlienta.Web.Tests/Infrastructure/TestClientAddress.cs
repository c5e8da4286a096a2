using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>
/// Lets a test speak from another client address: a request carrying <see cref="Header"/> arrives from that address, as if
/// straight from the network (before the application's own forwarded-headers handling). Without the header nothing changes.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            return nextMiddleware(context);
        });
        next(app);
    };
}
