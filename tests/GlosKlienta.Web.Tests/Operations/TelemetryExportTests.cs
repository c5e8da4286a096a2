using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using GlosKlienta.Web.Features.Operations;
using OpenTelemetry.Metrics;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>
/// Issue 16, operations: metrics leave the process over OTLP only when <c>Telemetry:OtlpEndpoint</c> is set. A collector
/// stands in as an HTTP listener in the test; the application's last export on stopping carries the survey's counter.
/// </summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task NoEndpoint_NoMetricsSdk()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite());
        factory.CreateClient().Dispose();

        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnEndpoint_TheStoredResponsesReachTheCollector()
    {
        using var collector = new OtlpCollector();
        var factory = new AppFactory(TestDatabase.CreateSqlite(), new Dictionary<string, string?>
        {
            [OperationsServices.OtlpEndpointSetting] = collector.Address,
            [OperationsServices.OtlpProtocolSetting] = "HttpProtobuf",
        });
        await using (factory)
        {
            Assert.NotNull(factory.Services.GetService<MeterProvider>());
            var form = await SurveyForm.OpenAsync(factory.CreateBrowserLikeClient());
            Assert.Equal(HttpStatusCode.SeeOther, (await form.PostAsync(SurveyForm.FullAnswers())).StatusCode);
        }

        // Stopping the application flushes its metrics once more.
        var export = collector.Received.Where(r => r.Path == "/v1/metrics").Select(r => Encoding.UTF8.GetString(r.Body)).ToList();
        Assert.NotEmpty(export);
        Assert.Contains(export, body => body.Contains("glosklienta.survey.responses.stored", StringComparison.Ordinal));
        Assert.Contains(export, body => body.Contains("glosklienta.survey.writer.batch.size", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEndpointThatIsNoAddress_RefusesToStart_NamingTheSetting()
    {
        await using var factory = new AppFactory(TestDatabase.CreateEmptySqlite(), new Dictionary<string, string?> { [OperationsServices.OtlpEndpointSetting] = "collector:4317" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains(OperationsServices.OtlpEndpointSetting, failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An HTTP endpoint on 127.0.0.1 that keeps every request's path and body and answers 200.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> received = new();

        public OtlpCollector()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Address = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
            }
            listener.Prefixes.Add(Address);
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public IReadOnlyList<(string Path, byte[] Body)> Received => received.ToList();

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose() => listener.Close();
    }
}
