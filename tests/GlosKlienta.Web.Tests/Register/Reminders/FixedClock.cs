namespace GlosKlienta.Web.Tests.Register.Reminders;

/// <summary>A clock the test sets and moves by hand.</summary>
public sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset to) => now = to;
}
