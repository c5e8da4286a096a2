namespace GlosKlienta.Web.Features.Actions;

/// <summary>The checks every form of the action register shares: a required text with a length, a due date not in the past.</summary>
public static class ActionForm
{
    public static void Text(FormErrors errors, string field, string? value, int max, string missing, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, missing);
        else if (value.Length > max) errors.Add(field, text["Actions.Error.TooLong", max]);
    }

    /// <summary>The due date typed (the date field's yyyy-MM-dd, or d.M.yyyy), or null with the error added.</summary>
    public static DateOnly? Due(FormErrors errors, string field, string? value, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            && !DateOnly.TryParseExact(value?.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
        {
            errors.Add(field, text["Actions.Error.DueInvalid"]);
            return null;
        }
        if (due < today)
        {
            errors.Add(field, text["Actions.Error.DuePast"]);
            return null;
        }
        return due;
    }
}
