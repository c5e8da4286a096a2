namespace GlosKlienta.Domain.InfoMaterials;

/// <summary>
/// When an information material is next due for review: a number of months after the last review
/// (or publication, which is a review too). Overdue is strictly after the due day: a material due
/// today is still on time today.
/// </summary>
public static class ReviewSchedule
{
    public const int MinMonths = 1;
    public const int MaxMonths = 36;

    public static DateOnly NextReview(DateOnly lastReviewed, int intervalMonths) => lastReviewed.AddMonths(intervalMonths);

    public static bool IsOverdue(DateOnly due, DateOnly today) => today > due;

    /// <summary>Days until the due day (negative when overdue).</summary>
    public static int DaysLeft(DateOnly due, DateOnly today) => due.DayNumber - today.DayNumber;

    /// <summary>
    /// The accessibility statement must be reviewed every year by 31 March (ustawa o dostępności
    /// cyfrowej, art. 10): its due day is the earlier of the interval and the next 31 March.
    /// </summary>
    public static DateOnly NextReviewBy31March(DateOnly lastReviewed, int intervalMonths)
    {
        var byInterval = NextReview(lastReviewed, intervalMonths);
        var march = new DateOnly(lastReviewed.Year, 3, 31);
        if (march <= lastReviewed) march = march.AddYears(1);
        return byInterval < march ? byInterval : march;
    }
}
