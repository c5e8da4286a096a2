namespace GlosKlienta.Web.Features.Register;

/// <summary>Where a case stands against its term; overdue is said in words and with an icon, not by colour alone.</summary>
public sealed record StatusView(RegisterCase Case, DateOnly Today)
{
    public bool Overdue => !Case.IsClosed && Case.HasTerm && Case.EffectiveDueOn < Today;
    public bool DueSoon => !Case.IsClosed && Case.HasTerm && !Overdue && Case.EffectiveDueOn <= Today.AddDays(RegisterPanel.SoonDays);
    public int DaysLate => Case.EffectiveDueOn.DayNumber < Today.DayNumber ? Today.DayNumber - Case.EffectiveDueOn.DayNumber : 0;
    public int DaysLeft => Case.EffectiveDueOn.DayNumber - Today.DayNumber;
}
