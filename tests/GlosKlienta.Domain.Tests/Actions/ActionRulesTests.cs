using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Domain.Tests.Actions;

public sealed class ActionRulesTests
{
    [Theory]
    [InlineData(ActionStatus.Planned, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Planned, ActionStatus.Done, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Done, true)]
    [InlineData(ActionStatus.Done, ActionStatus.Effective, true)]
    [InlineData(ActionStatus.Done, ActionStatus.NotEffective, true)]
    [InlineData(ActionStatus.Done, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Planned, ActionStatus.Effective, false)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Planned, false)]
    [InlineData(ActionStatus.Effective, ActionStatus.InProgress, false)]
    [InlineData(ActionStatus.Cancelled, ActionStatus.Planned, false)]
    [InlineData(ActionStatus.NotEffective, ActionStatus.Done, false)]
    [InlineData(ActionStatus.Done, ActionStatus.Cancelled, false)]
    public void Next_FollowsTheLifeOfAnAction(ActionStatus from, ActionStatus to, bool allowed) =>
        Assert.Equal(allowed, ActionRules.Next(from).Contains(to));

    [Theory]
    [InlineData(ActionStatus.Done, ActionStatus.Effective)]
    [InlineData(ActionStatus.Done, ActionStatus.NotEffective)]
    [InlineData(ActionStatus.Planned, ActionStatus.Cancelled)]
    public void Check_ClosingByAUnitHead_IsRefused(ActionStatus from, ActionStatus to)
    {
        Assert.Equal(ActionMoveProblem.QualityRepresentativeOnly, ActionRules.Check(from, to, ActionActor.UnitHead, "bo tak", 1));
        Assert.Null(ActionRules.Check(from, to, ActionActor.QualityRepresentative, "bo tak", 1));
        Assert.DoesNotContain(to, ActionRules.Next(from, ActionActor.UnitHead));
    }

    [Fact]
    public void Check_AUnitHeadReportsProgressAndDone()
    {
        Assert.Null(ActionRules.Check(ActionStatus.Planned, ActionStatus.InProgress, ActionActor.UnitHead, null, 0));
        Assert.Null(ActionRules.Check(ActionStatus.InProgress, ActionStatus.Done, ActionActor.UnitHead, null, 2));
        Assert.Equal([ActionStatus.Done], ActionRules.Next(ActionStatus.InProgress, ActionActor.UnitHead));
    }

    [Theory]
    [InlineData(ActionStatus.Planned, ActionStatus.Cancelled)]
    [InlineData(ActionStatus.Done, ActionStatus.NotEffective)]
    [InlineData(ActionStatus.Done, ActionStatus.InProgress)]
    public void Check_WithoutAReason_IsRefusedWhereOneIsOwed(ActionStatus from, ActionStatus to)
    {
        Assert.Equal(ActionMoveProblem.ReasonRequired, ActionRules.Check(from, to, ActionActor.QualityRepresentative, "  ", 3));
        Assert.Null(ActionRules.Check(from, to, ActionActor.QualityRepresentative, "Przyczyna usunięta inaczej", 3));
    }

    [Fact]
    public void Check_DoneWithNothingRecorded_AsksForEvidence()
    {
        Assert.Equal(ActionMoveProblem.EvidenceRequired, ActionRules.Check(ActionStatus.InProgress, ActionStatus.Done, ActionActor.UnitHead, null, 0));
        Assert.Null(ActionRules.Check(ActionStatus.InProgress, ActionStatus.Done, ActionActor.UnitHead, "Wywieszono nową tablicę", 0));
    }

    [Fact]
    public void Check_MoveThatDoesNotExist_IsNotAllowed() =>
        Assert.Equal(ActionMoveProblem.NotAllowed, ActionRules.Check(ActionStatus.Effective, ActionStatus.Planned, ActionActor.QualityRepresentative, "x", 1));

    [Fact]
    public void Reminder_WarnsBeforeAndOnceLate_OnlyWhileOpen()
    {
        var due = new DateOnly(2027, 3, 10);
        int[] days = [7, 2];
        Assert.Null(ActionRules.Reminder(ActionStatus.Planned, due, new DateOnly(2027, 3, 1), days));
        Assert.Equal("7-dni", ActionRules.Reminder(ActionStatus.Planned, due, new DateOnly(2027, 3, 3), days));
        Assert.Equal("2-dni", ActionRules.Reminder(ActionStatus.InProgress, due, new DateOnly(2027, 3, 9), days));
        Assert.Equal("po-terminie", ActionRules.Reminder(ActionStatus.InProgress, due, new DateOnly(2027, 3, 11), days));
        Assert.Null(ActionRules.Reminder(ActionStatus.Done, due, new DateOnly(2027, 3, 11), days));
        Assert.True(ActionRules.IsOverdue(ActionStatus.Planned, due, new DateOnly(2027, 3, 11)));
        Assert.False(ActionRules.IsOverdue(ActionStatus.Planned, due, due));
        Assert.False(ActionRules.IsOverdue(ActionStatus.Effective, due, new DateOnly(2027, 4, 1)));
    }
}
