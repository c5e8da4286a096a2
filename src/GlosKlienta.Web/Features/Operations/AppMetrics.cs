using System.Diagnostics.Metrics;

namespace GlosKlienta.Web.Features.Operations;

/// <summary>
/// The application's own measurements, on the meter <see cref="MeterName"/>; exported only where
/// <c>Telemetry:OtlpEndpoint</c> is set (<see cref="OperationsServices"/>), otherwise nobody listens and recording costs
/// next to nothing. No instrument carries personal data or an address: tags are channels, reasons and job names.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "GlosKlienta";

    public AppMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        ResponsesStored = meter.CreateCounter<long>("glosklienta.survey.responses.stored", "{response}",
            "Survey responses sent online or on a kiosk and committed by the writer (a form sent twice counts once); paper forms are keyed apart.");
        WriterQueueLength = meter.CreateUpDownCounter<long>("glosklienta.survey.writer.queue.length", "{response}",
            "Survey responses waiting for the writer's next transaction.");
        WriterBatchSize = meter.CreateHistogram("glosklienta.survey.writer.batch.size", "{response}",
            "Responses written in one transaction of the survey writer.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });
        RemindersSent = meter.CreateCounter<long>("glosklienta.reminders.sent", "{message}",
            "Reminder e-mails handed to the SMTP server (term warnings, reprint notices, box openings, actions).");
        SignInFailures = meter.CreateCounter<long>("glosklienta.signin.failures", "{attempt}",
            "Failed staff sign-ins, by reason (password, unknown-account, locked-out, disabled, refused, code).");
    }

    public Counter<long> ResponsesStored { get; }
    public UpDownCounter<long> WriterQueueLength { get; }
    public Histogram<int> WriterBatchSize { get; }
    public Counter<long> RemindersSent { get; }
    public Counter<long> SignInFailures { get; }

    public void SignInFailed(string reason) => SignInFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
