namespace GlosKlienta.Web.Features.Survey;

/// <summary>The refusal of a public form over its limit: <c>429</c> with <c>Retry-After</c> in whole seconds.</summary>
public static class TooManyRequests
{
    public static void Mark(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Minutes to wait, for the message to the person.</summary>
    public static int Minutes(TimeSpan retryAfter) => (int)Math.Max(1, Math.Ceiling(retryAfter.TotalMinutes));
}

