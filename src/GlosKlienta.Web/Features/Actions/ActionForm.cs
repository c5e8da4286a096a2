using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>The checks every form of the action register shares: a required text with a length, a due date not in the past, a new action's fields.</summary>
public static class ActionForm
{
    /// <summary>
    /// The fields every form that starts an action shares (named <c>Finding</c>, <c>What</c>, <c>Auditor</c>, <c>OwnerPostId</c>,
    /// <c>Due</c>), checked: what was found, what will be done, the auditor of an audit, the owner post, the due date. Returns
    /// the action to create (its source is the caller's), or null with the errors added. <paramref name="kind"/> null: the
    /// caller has already reported it missing.
    /// </summary>
    public static async Task<QualityAction?> NewActionAsync(FormErrors errors, AppDbContext db, ActionKind? kind, string? finding, string? what, string? auditor,
        int? ownerPostId, string? due, DateOnly today, IStringLocalizer text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Text(errors, "Finding", finding, 2000, text["Actions.Error.FindingMissing"], text);
        Text(errors, "What", what, 2000, text["Actions.Error.WhatMissing"], text);
        if (kind == ActionKind.Audit) Text(errors, "Auditor", auditor, 200, text["Actions.Error.AuditorMissing"], text);
        var owner = await ActionOwners.FindAsync(db, ownerPostId, cancellationToken);
        if (owner is null) errors.Add("OwnerPostId", text["Actions.Error.OwnerMissing"]);
        var dueOn = Due(errors, "Due", due, today, text);
        if (errors.Any) return null;
        return new QualityAction
        {
            Kind = kind!.Value,
            Finding = finding!.Trim(),
            What = what!.Trim(),
            Auditor = kind == ActionKind.Audit ? auditor!.Trim() : null,
            OwnerPostId = owner!.Id,
            OwnerName = owner.Name,
            Due = dueOn!.Value,
            CreatedBy = "",
        };
    }

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
        if (TypedDate(value) is not { } due)
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

    /// <summary>A date as a staff form sends it: the date field's yyyy-MM-dd, or d.M.yyyy typed where the browser has no date picker; null otherwise.</summary>
    public static DateOnly? TypedDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        || DateOnly.TryParseExact(value?.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            ? d : null;
}
