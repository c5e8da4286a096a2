using System.Globalization;

namespace GlosKlienta.Domain.Press;

/// <summary>
/// Topics (tags) of a release as the press officer types them, comma-separated. Stored trimmed,
/// without doubles (compared without case), in the order given, so that a search by topic finds
/// "Drogi" and "drogi" alike.
/// </summary>
public static class Topics
{
    public const int MaxTopics = 10;
    public const int MaxTopicLength = 60;

    public static IReadOnlyList<string> Parse(string? text)
    {
        var list = new List<string>();
        foreach (var part in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var topic = string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (topic.Length > 0 && !list.Any(t => Same(t, topic))) list.Add(topic);
        }
        return list;
    }

    public static string Join(IEnumerable<string> topics) => string.Join(", ", topics);

    public static bool Same(string a, string b) =>
        string.Equals(a.ToLower(CultureInfo.InvariantCulture), b.ToLower(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>What is wrong with the typed topics, or null; messages are codes the page turns into words.</summary>
    public static string? Problem(IReadOnlyList<string> topics) =>
        topics.Count > MaxTopics ? "TooMany"
        : topics.Any(t => t.Length > MaxTopicLength) ? "TooLong"
        : null;
}
