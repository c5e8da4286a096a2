
namespace GlosKlienta.Web.Features.Press;

/// <summary>The fields of a press conference as typed.</summary>
public sealed class ConferenceForm
{
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
    public string? Topic { get; set; }
    public string? Notes { get; set; }

    public static ConferenceForm From(PressConference c, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(c.At, zone);
        return new ConferenceForm
        {
            Date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            Place = c.Place,
            Topic = c.Topic,
            Notes = c.Notes,
        };
    }

    public bool TryApply(PressConference conference, TimeZoneInfo zone, FormErrors errors, IStringLocalizer text)
    {
        var place = (Place ?? "").Trim();
        var topic = (Topic ?? "").Trim();
        var notes = (Notes ?? "").Trim();
        DateTimeOffset? at = null;
        if (!DateOnly.TryParseExact((Date ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add("Date", text["Press.Error.DateInvalid"]);
        else if (!TimeOnly.TryParseExact((Time ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            errors.Add("Time", text["Press.Error.TimeInvalid"]);
        else
        {
            var local = date.ToDateTime(clock);
            at = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
        if (place.Length is 0 or > 300) errors.Add("Place", text["Press.Conference.Error.Place"]);
        if (topic.Length is 0 or > 300) errors.Add("Topic", text["Press.Conference.Error.Topic"]);
        if (notes.Length > 4000) errors.Add("Notes", text["Press.Conference.Error.Notes"]);
        if (errors.Any) return false;
        conference.At = at!.Value;
        conference.Place = place;
        conference.Topic = topic;
        conference.Notes = notes.Length == 0 ? null : notes;
        return true;
    }
}
