using System.Globalization;

namespace GlosKlienta.Domain.Register;

/// <summary>What the term is for; each kind has its own length and legal basis (see <see cref="StatutoryDeadline.TermOf"/>).</summary>
public enum TermKind
{
    /// <summary>
    /// Handling a skarga: one month (art. 237 § 1 KPA), whoever filed it. A poseł, senator or radny who filed or passed
    /// it on gets a notice within 14 days (art. 237 § 2): a separate deadline, see <see cref="ZawiadomienieArt237"/>.
    /// </summary>
    Skarga,
    /// <summary>Handling a wniosek: one month (art. 244 § 1 with art. 237 § 1 KPA), whoever filed it; the member's notice through art. 247.</summary>
    Wniosek,
    /// <summary>Handling a petycja: three months from its filing (art. 10 ust. 1 ustawy o petycjach).</summary>
    Petycja,
    /// <summary>Forwarding a skarga or wniosek to the competent body: 7 days (art. 231, art. 243 KPA).</summary>
    Przekazanie,
    /// <summary>Forwarding a petycja to the competent body: 30 days from its filing (art. 6 ust. 1 ustawy o petycjach).</summary>
    PrzekazaniePetycji,
    /// <summary>
    /// The sender's reply to a call for clarification or completion of a skarga or wniosek: 7 days
    /// from the day the sender received the call (§ 8 ust. 2 of the rozporządzenie of 8 January 2002).
    /// The start date is the delivery of the call, not the receipt of the skarga.
    /// </summary>
    Wyjasnienie,
    /// <summary>
    /// The notice to a poseł, senator or radny who filed or passed on a skarga (or, through art. 247, a wniosek) of how it
    /// was handled or, where needed, of its state: 14 days from the filing or passing on (art. 237 § 2 KPA). It does not
    /// shorten the handling term (see <see cref="MemberNotice"/>).
    /// </summary>
    ZawiadomienieArt237,
    /// <summary>
    /// Calling the filer of an incomplete petycja to complete or clarify it: within 30 days from its filing
    /// (art. 7 ust. 2 ustawy o petycjach).
    /// </summary>
    WezwanieDoUzupelnieniaPetycji,
    /// <summary>
    /// The filer's completion of a petycja after the call: 14 days from the day the call was delivered
    /// (art. 7 ust. 2 ustawy o petycjach); the start date is the delivery of the call.
    /// </summary>
    UzupelnieniePetycji,
    /// <summary>
    /// A letter that is none of skarga, wniosek, petycja: recorded and routed to the proceedings where it belongs with no
    /// KPA Dział VIII term (art. 231 and 243 apply to skargi and wnioski only). There is nothing to compute.
    /// </summary>
    BezTerminu,
}

/// <summary>
/// Who filed or passed on the matter. A poseł, senator or radny does not change any term; for a skarga or wniosek they
/// are owed the 14-day notice of art. 237 § 2 KPA (<see cref="MemberNotice"/>).
/// </summary>
public enum SenderKind
{
    Obywatel,
    Posel,
    Senator,
    Radny,
}

public enum TermUnit
{
    Days,
    Weeks,
    Months,
}

/// <summary>A term's length as the statute states it (art. 57 KPA counts days, weeks and months differently).</summary>
public readonly record struct TermLength(int Count, TermUnit Unit)
{
    public static TermLength Days(int count) => new(count, TermUnit.Days);
    public static TermLength Weeks(int count) => new(count, TermUnit.Weeks);
    public static TermLength Months(int count) => new(count, TermUnit.Months);

    /// <summary>The length in Polish with the right plural: "1 miesiąc", "3 miesiące", "14 dni", "2 tygodnie".</summary>
    public string ToPolish()
    {
        var word = Unit switch
        {
            TermUnit.Days => Count == 1 ? "dzień" : "dni",
            TermUnit.Weeks => PolishPlural.Of(Count, "tydzień", "tygodnie", "tygodni"),
            TermUnit.Months => PolishPlural.Of(Count, "miesiąc", "miesiące", "miesięcy"),
            _ => throw new InvalidOperationException($"Unknown term unit {Unit}."),
        };
        return Count.ToString(CultureInfo.InvariantCulture) + " " + word;
    }
}

/// <summary>Why a day could not be the last day of a term (art. 57 § 4 KPA).</summary>
public enum ShiftReason
{
    Saturday,
    Sunday,
    /// <summary>A holiday under the ustawa o dniach wolnych od pracy (named even when it is also a Saturday or Sunday).</summary>
    Holiday,
}

/// <summary>A day the end of a term moved past, and why.</summary>
public sealed record DeadlineShift(DateOnly Date, ShiftReason Reason, string? HolidayName = null)
{
    /// <summary>The reason in Polish, e.g. "2026-05-02 to sobota".</summary>
    public string Description => StatutoryDeadline.Iso(Date) + " to " + Reason switch
    {
        ShiftReason.Saturday => "sobota",
        ShiftReason.Sunday => "niedziela",
        ShiftReason.Holiday => $"dzień ustawowo wolny od pracy ({HolidayName})",
        _ => throw new InvalidOperationException($"Unknown shift reason {Reason}."),
    };
}

/// <summary>
/// A computed term. <see cref="NominalEnd"/> is where art. 57 § 1-3 KPA puts the end;
/// <see cref="Due"/> is the last day to act after § 4 moved it past Saturdays, Sundays and holidays,
/// each of them listed in <see cref="Shifts"/> in order.
/// </summary>
public sealed record Deadline(
    TermKind Kind,
    SenderKind Sender,
    DateOnly Received,
    TermLength Length,
    string LegalBasis,
    DateOnly NominalEnd,
    DateOnly Due,
    IReadOnlyList<DeadlineShift> Shifts)
{
    /// <summary>One line with the nominal end, the length, the start and the legal basis, in Polish.</summary>
    public string Summary =>
        $"Koniec nominalny {StatutoryDeadline.Iso(NominalEnd)}: {Length.ToPolish()} od {StatutoryDeadline.Iso(Received)} ({LegalBasis}).";

    /// <summary>The explanation shown to staff: <see cref="Summary"/>, then one line per shift.</summary>
    public IReadOnlyList<string> Explanation => [Summary, .. Shifts.Select(s => "Przesunięcie: " + s.Description)];
}

/// <summary>
/// Statutory terms for skargi, wnioski and petycje, computed by art. 57 KPA (which the ustawa o petycjach
/// applies through its art. 15): a term in days starts the day after the event and ends on its last day (§ 1);
/// in weeks it ends on the same weekday (§ 2); in months on the same day number of the last month, or that
/// month's last day if it has none (§ 3); an end on a Saturday, Sunday or holiday moves to the next day that is
/// none of them, as many times as needed (§ 4). Pure: the dates come in as arguments.
/// </summary>
public static class StatutoryDeadline
{
    /// <summary>
    /// Art. 57 § 4 KPA names Saturdays only since 1 June 2017 (ustawa z 7 kwietnia 2017 r.); earlier starts are
    /// refused rather than computed under a rule that did not apply to them.
    /// </summary>
    public static readonly DateOnly EarliestSupported = new(2017, 6, 1);

    /// <summary>Whether the kind has a statutory term at all (<see cref="TermKind.BezTerminu"/> has none).</summary>
    public static bool HasTerm(TermKind kind) => kind != TermKind.BezTerminu;

    /// <summary>
    /// The length and legal basis of the term of this kind. The sender does not change it: art. 237 § 2 KPA gives a poseł,
    /// senator or radny a notice within 14 days, not a shorter handling term (see <see cref="MemberNotice"/>).
    /// </summary>
    public static (TermLength Length, string LegalBasis) TermOf(TermKind kind, SenderKind sender = SenderKind.Obywatel)
    {
        if (!Enum.IsDefined(sender)) throw new ArgumentOutOfRangeException(nameof(sender), sender, "Unknown sender kind.");
        return kind switch
        {
            TermKind.Skarga => (TermLength.Months(1), "art. 237 § 1 KPA"),
            TermKind.Wniosek => (TermLength.Months(1), "art. 244 § 1 w zw. z art. 237 § 1 KPA"),
            TermKind.Petycja => (TermLength.Months(3), "art. 10 ust. 1 ustawy o petycjach"),
            TermKind.Przekazanie => (TermLength.Days(7), "art. 231 KPA, dla wniosków art. 243 KPA"),
            TermKind.PrzekazaniePetycji => (TermLength.Days(30), "art. 6 ust. 1 ustawy o petycjach"),
            TermKind.Wyjasnienie => (TermLength.Days(7), "§ 8 ust. 2 rozporządzenia Rady Ministrów z 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków"),
            TermKind.ZawiadomienieArt237 => (MemberNotice.Length, "art. 237 § 2 KPA"),
            TermKind.WezwanieDoUzupelnieniaPetycji => (TermLength.Days(30), "art. 7 ust. 2 ustawy o petycjach"),
            TermKind.UzupelnieniePetycji => (TermLength.Days(14), "art. 7 ust. 2 ustawy o petycjach"),
            TermKind.BezTerminu => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A letter outside Dział VIII KPA has no statutory term."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown term kind."),
        };
    }

    /// <summary>
    /// The term of <paramref name="kind"/> that starts with <paramref name="received"/> (the day the office received the
    /// matter; for <see cref="TermKind.Wyjasnienie"/> the day the sender received the call).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The start is before <see cref="EarliestSupported"/>, or the kind or sender is unknown.</exception>
    public static Deadline For(TermKind kind, DateOnly received, SenderKind sender = SenderKind.Obywatel)
    {
        var (length, basis) = TermOf(kind, sender);
        var (nominal, due, shifts) = Compute(received, length);
        return new Deadline(kind, sender, received, length, basis, nominal, due, shifts);
    }

    /// <summary>Any term by art. 57 § 1-4 KPA from the event on <paramref name="start"/>.</summary>
    public static (DateOnly NominalEnd, DateOnly Due, IReadOnlyList<DeadlineShift> Shifts) Compute(DateOnly start, TermLength length)
    {
        if (start < EarliestSupported)
            throw new ArgumentOutOfRangeException(nameof(start), start, $"Terms are computed for starts from {Iso(EarliestSupported)}.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length.Count, nameof(length));

        var nominal = length.Unit switch
        {
            // § 1: the day of the event is not counted, so n days later is the last day.
            TermUnit.Days => start.AddDays(length.Count),
            // § 2: the same weekday, n weeks later.
            TermUnit.Weeks => start.AddDays(7 * length.Count),
            // § 3: AddMonths keeps the day number, or takes the last day of a month that has no such day (31 Jan -> 28/29 Feb).
            TermUnit.Months => start.AddMonths(length.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(length), length.Unit, "Unknown term unit."),
        };

        var shifts = new List<DeadlineShift>();
        var due = nominal;
        while (FreeDay(due) is { } shift)
        {
            shifts.Add(shift);
            due = due.AddDays(1);
        }
        return (nominal, due, shifts);
    }

    /// <summary>Why the day cannot end a term (art. 57 § 4 KPA), or null for a working day. A holiday is named even on a weekend.</summary>
    public static DeadlineShift? FreeDay(DateOnly date)
    {
        if (PolishHolidays.IsHoliday(date, out var name)) return new DeadlineShift(date, ShiftReason.Holiday, name);
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => new DeadlineShift(date, ShiftReason.Saturday),
            DayOfWeek.Sunday => new DeadlineShift(date, ShiftReason.Sunday),
            _ => null,
        };
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
