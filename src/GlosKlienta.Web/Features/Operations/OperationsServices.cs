using System.Text.Encodings.Web;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GlosKlienta.Web.Features.Operations;

/// <summary>What an operator needs of the web application: probes, the log's format and metrics (Program.cs calls it once).</summary>
public static class OperationsServices
{
    public const string LogFormatSetting = "Logging:Format";
    public const string OtlpEndpointSetting = "Telemetry:OtlpEndpoint";
    public const string OtlpProtocolSetting = "Telemetry:OtlpProtocol";

    /// <summary>The meters besides the application's own that are exported: requests (ASP.NET Core) and the runtime (GC, threads).</summary>
    private static readonly string[] BuiltInMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime"];

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthProbes(builder.Configuration);
        AddLogFormat(builder.Logging, builder.Configuration);
        AddTelemetry(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>The measurements every host records (the command line's reminders too); nothing is exported unless a host adds an exporter.</summary>
    public static IServiceCollection AddAppMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<AppMetrics>();
        return services;
    }

    /// <summary>
    /// <c>Simple</c> (default): the console's one-line-and-message text. <c>Json</c>: one JSON object per line (time in UTC,
    /// level, category, event id, message and its named values), for a log collector (journald, Loki, Elasticsearch).
    /// </summary>
    public static void AddLogFormat(ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        var format = configuration[LogFormatSetting];
        if (string.IsNullOrWhiteSpace(format) || format.Equals("Simple", StringComparison.OrdinalIgnoreCase)) return;
        if (!format.Equals("Json", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{LogFormatSetting} must be Simple or Json, not '{format}'.");
        logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.IncludeScopes = false;
            // Polish letters as they are: the log is read by people and collectors, never put into a page.
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
    }

    /// <summary>OpenTelemetry metrics over OTLP to <c>Telemetry:OtlpEndpoint</c>; off (no exporter, no SDK) while it is empty.</summary>
    public static void AddTelemetry(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[OtlpEndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint)) return;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"{OtlpEndpointSetting} must be an http or https address (http://collector:4317), not '{endpoint}'.");
        var protocolText = configuration[OtlpProtocolSetting];
        var protocol = string.IsNullOrWhiteSpace(protocolText) ? OtlpExportProtocol.Grpc
            : EnumNames.Parse<OtlpExportProtocol>(protocolText, ignoreCase: true)
              ?? throw new InvalidOperationException($"{OtlpProtocolSetting} must be Grpc or HttpProtobuf, not '{protocolText}'.");
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("glosklienta", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)))
            .WithMetrics(m => m
                .AddMeter(AppMetrics.MeterName)
                .AddMeter(BuiltInMeters)
                .AddOtlpExporter(o =>
                {
                    o.Protocol = protocol;
                    // OTLP over HTTP posts to /v1/metrics; the exporter adds it only when the endpoint comes from its own environment variable.
                    o.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf && uri.AbsolutePath is "/" or ""
                        ? new Uri(uri, "v1/metrics")
                        : uri;
                }));
    }
}
