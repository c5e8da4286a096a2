namespace GlosKlienta.Web.Tests.Accounts;

/// <summary>A clock the test moves by hand, starting at the real present.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
