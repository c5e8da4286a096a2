using System.Globalization;

namespace GlosKlienta.Domain.Register;

/// <summary>The archival categories of the JRWA (jednolity rzeczowy wykaz akt).</summary>
public enum ArchivalKind
{
    /// <summary>"A": materiały archiwalne, kept for ever and handed to the state archive; the office never disposes of them.</summary>
    Archival,
    /// <summary>"B-n": dokumentacja niearchiwalna, disposable n full years after the year the case was closed.</summary>
    Disposable,
    /// <summary>"BE-n": as B-n, but only after the state archive's expert review (ekspertyza) has agreed.</summary>
    ExpertReview,
}

/// <summary>A JRWA archival category: "A", "B5", "B10", "BE5" (a dash, "B-5", is accepted too).</summary>
public sealed record ArchivalCategory(ArchivalKind Kind, int Years)
{
    public static readonly ArchivalCategory A = new(ArchivalKind.Archival, 0);

    /// <summary>The category as the JRWA writes it: A, B5, BE10.</summary>
    public override string ToString() => Kind switch
    {
        ArchivalKind.Archival => "A",
        ArchivalKind.Disposable => "B" + Years.ToString(CultureInfo.InvariantCulture),
        ArchivalKind.ExpertReview => "BE" + Years.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Reads "A", "Bn" or "BEn" (n from 1 to 100, case and a dash ignored); null for anything else (also "Bc", which the register does not use).</summary>
    public static ArchivalCategory? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal);
        if (t == "A") return A;
        var (kind, digits) = t.StartsWith("BE", StringComparison.Ordinal) ? (ArchivalKind.ExpertReview, t[2..])
            : t.StartsWith('B') ? (ArchivalKind.Disposable, t[1..])
            : (ArchivalKind.Archival, "");
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years is < 1 or > 100) return null;
        return new ArchivalCategory(kind, years);
    }

    public static ArchivalCategory Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is no JRWA archival category (A, Bn, BEn).");
}

/// <summary>Where a closed case stands in its retention on a given day.</summary>
public enum RetentionState
{
    /// <summary>The case is not closed: its period has not started.</summary>
    Open,
    /// <summary>Category A: never disposed of by the office, to be handed to the state archive ("do przekazania").</summary>
    ToArchive,
    /// <summary>Its period runs: kept until <see cref="RetentionStatus.DisposableFrom"/>.</summary>
    Kept,
    /// <summary>Category B and its period has passed: may be disposed of with a protocol.</summary>
    Due,
    /// <summary>Category BE and its period has passed: may be disposed of once the state archive agreed (its letter's reference in the protocol).</summary>
    DueAfterExpertReview,
}

public sealed record RetentionStatus(RetentionState State, DateOnly? DisposableFrom)
{
    public bool IsDue => State is RetentionState.Due or RetentionState.DueAfterExpertReview;
}

/// <summary>
/// The retention of a case file by its JRWA category (rozporządzenie w sprawie instrukcji kancelaryjnej, jednolitych
/// rzeczowych wykazów akt oraz instrukcji w sprawie organizacji i zakresu działania archiwów zakładowych, 2011): the
/// period of B-n and BE-n is n full years counted from 1 January of the year after the case was closed, so a case
/// closed on any day of 2020 in B5 is kept through 31 December 2025 and may be disposed of from 1 January 2026.
/// </summary>
public static class Retention
{
    /// <summary>The first day a case of <paramref name="category"/> closed on <paramref name="closedOn"/> may be disposed of; null for category A (never).</summary>
    public static DateOnly? DisposableFrom(ArchivalCategory category, DateOnly closedOn)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.Kind == ArchivalKind.Archival ? null : new DateOnly(closedOn.Year + 1 + category.Years, 1, 1);
    }

    /// <summary>Where a case of <paramref name="category"/>, closed on <paramref name="closedOn"/> (null: still open), stands on <paramref name="today"/>.</summary>
    public static RetentionStatus StatusOn(ArchivalCategory category, DateOnly? closedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (closedOn is not { } closed) return new(RetentionState.Open, null);
        if (DisposableFrom(category, closed) is not { } from) return new(RetentionState.ToArchive, null);
        if (today < from) return new(RetentionState.Kept, from);
        return new(category.Kind == ArchivalKind.ExpertReview ? RetentionState.DueAfterExpertReview : RetentionState.Due, from);
    }

    /// <summary>The latest closing date whose cases of <paramref name="category"/> are due on <paramref name="today"/>; null for A (none ever).</summary>
    public static DateOnly? ClosedOnOrBeforeToBeDue(ArchivalCategory category, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.Kind == ArchivalKind.Archival ? null : new DateOnly(today.Year - 1 - category.Years, 12, 31);
    }
}

/// <summary>How a case's content left the register while its numbered entry stayed (issue 16).</summary>
public enum CaseErasure
{
    /// <summary>Disposed of at the end of its retention period, with a protocol (protokół brakowania).</summary>
    Wybrakowana,
    /// <summary>Removed as obvious abuse of a form (spam, obscene or automated), proposed by the register keeper and confirmed by the Burmistrz.</summary>
    UsunietaJakoNaduzycie,
}

/// <summary>The two-person rule for removing an abusive case.</summary>
public static class AbuseRemoval
{
    /// <summary>Whether <paramref name="confirmerId"/> may confirm a removal proposed by <paramref name="proposerId"/>: a Burmistrz who is not the proposer.</summary>
    public static bool MayConfirm(string? proposerId, string confirmerId, bool confirmerIsBurmistrz) =>
        proposerId is not null && confirmerIsBurmistrz && !string.Equals(proposerId, confirmerId, StringComparison.Ordinal);
}
