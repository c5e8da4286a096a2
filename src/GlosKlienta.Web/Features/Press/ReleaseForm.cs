using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>The fields of a release as typed, checked into what is stored; problems go to <see cref="FormErrors"/> by field id.</summary>
public sealed class ReleaseForm
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Topics { get; set; }
    public string? PublishDate { get; set; }
    public string? PublishTime { get; set; }
    public string? CorrectionNote { get; set; }

    public static ReleaseForm From(PressRelease r, TimeZoneInfo zone)
    {
        var local = r.PublishAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : (DateTimeOffset?)null;
        return new ReleaseForm
        {
            Title = r.Title,
            Body = r.Body,
            Topics = r.Topics,
            PublishDate = local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishTime = local?.ToString("HH:mm", CultureInfo.InvariantCulture),
            CorrectionNote = r.CorrectionNote,
        };
    }

    /// <summary>Checks every field; on success writes them into <paramref name="release"/>.</summary>
    public bool TryApply(PressRelease release, bool isCorrection, TimeZoneInfo zone, FormErrors errors, IStringLocalizer text)
    {
        var title = (Title ?? "").Trim();
        var body = SimpleMarkup.Normalize(Body);
        var topics = Domain.Press.Topics.Parse(Topics);
        var note = SimpleMarkup.Normalize(CorrectionNote);
        if (title.Length == 0) errors.Add("Title", text["Press.Error.TitleMissing"]);
        else if (title.Length > PressRules.TitleMax) errors.Add("Title", text["Press.Error.TitleTooLong", PressRules.TitleMax, title.Length]);
        if (body.Length == 0) errors.Add("Body", text["Press.Error.BodyMissing"]);
        else if (body.Length > PressRules.BodyMax) errors.Add("Body", text["Press.Error.BodyTooLong", PressRules.BodyMax, body.Length]);
        switch (Domain.Press.Topics.Problem(topics))
        {
            case "TooMany": errors.Add("Topics", text["Press.Error.TopicsTooMany", Domain.Press.Topics.MaxTopics]); break;
            case "TooLong": errors.Add("Topics", text["Press.Error.TopicTooLong", Domain.Press.Topics.MaxTopicLength]); break;
        }
        DateTimeOffset? publishAt = null;
        if (!DateOnly.TryParseExact((PublishDate ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add("PublishDate", text["Press.Error.DateInvalid"]);
        else if (!TimeOnly.TryParseExact((PublishTime ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            errors.Add("PublishTime", text["Press.Error.TimeInvalid"]);
        else
        {
            var local = date.ToDateTime(clock);
            // Stored in UTC: PostgreSQL keeps timestamptz only with offset 0.
            publishAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
        if (isCorrection && note.Length == 0) errors.Add("CorrectionNote", text["Press.Error.NoteMissing"]);
        else if (note.Length > PressRules.NoteMax) errors.Add("CorrectionNote", text["Press.Error.NoteTooLong", PressRules.NoteMax]);
        if (errors.Any) return false;

        release.Title = title;
        release.Body = body;
        release.Topics = Domain.Press.Topics.Join(topics);
        release.PublishAt = publishAt;
        release.CorrectionNote = isCorrection ? note : null;
        return true;
    }
}
