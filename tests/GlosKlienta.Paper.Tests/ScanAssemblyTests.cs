using GlosKlienta.Paper.Scanning;

namespace GlosKlienta.Paper.Tests;

public sealed class ScanAssemblyTests
{
    private static PageResult Page(int number, int? serial, int formPage, string answers = "", bool queued = false, bool written = false, string office = "lesko", int version = 1, PageProblem problem = PageProblem.None)
    {
        var questions = answers.Length == 0 ? new List<QuestionReading>() : answers.Split(';').Select(a =>
        {
            var (key, value) = (a.Split('=')[0], a.Split('=')[1]);
            return new QuestionReading(key, [value], false, QueueReason.None, null);
        }).ToList();
        if (queued) questions.Add(new QuestionReading("wiek", ["26-35", "36-45"], true, QueueReason.TwoMarks, [1, 2, 3]));
        var texts = written ? new List<TextReading> { new("uwagi.tekst", true, [4, 5]) } : [];
        var code = problem is PageProblem.NoCode or PageProblem.Unreadable ? null : new FormCode(office, version, formPage, serial);
        return new PageResult(number, new PageReading(code, problem, [], questions, texts));
    }

    private static SerialFacts? Known(int serial) => serial switch
    {
        >= 201 and <= 210 => new SerialFacts(1, 2, null),
        300 => new SerialFacts(1, 2, "2026/1"),
        400 => new SerialFacts(2, 2, null),
        _ => null,
    };

    private static AssembledBatch Assemble(params PageResult[] pages) => ScanAssembly.Assemble(pages, "lesko", 1, Known);

    [Fact]
    public void TwoPagesOfOneSerial_AreOneForm_InAnyOrder_WithTheAnswersOfBoth()
    {
        var batch = Assemble(
            Page(1, 202, 2, "oceny.uprzejmosc=5", written: true),
            Page(2, 201, 1, "plec=kobieta"),
            Page(3, 202, 1, "plec=mezczyzna", queued: true),
            Page(4, 201, 2));

        Assert.Empty(batch.Problems);
        Assert.Equal([202, 201], batch.Forms.Select(f => f.Serial));
        var first = batch.Forms[0];
        Assert.Equal([3, 1], first.Pages);
        Assert.Equal("plec=mezczyzna;oceny.uprzejmosc=5", first.Answers);
        Assert.Equal("wiek", Assert.Single(first.Doubtful).Key);
        Assert.Equal("uwagi.tekst", Assert.Single(first.Written).Key);
        Assert.False(first.Blank);
        Assert.Equal("plec=kobieta", batch.Forms[1].Answers);
    }

    [Fact]
    public void AFormWithNothingOnIt_IsBlank()
    {
        var form = Assert.Single(Assemble(Page(1, 205, 1), Page(2, 205, 2)).Forms);
        Assert.True(form.Blank);
    }

    [Fact]
    public void EveryPageThatCannotBePlaced_IsReportedByNumberWithItsReason_AndNothingOfItIsKept()
    {
        var batch = Assemble(
            Page(1, null, 1, problem: PageProblem.NoCode),
            Page(2, 201, 1, problem: PageProblem.Unreadable),
            Page(3, 203, 1, problem: PageProblem.NotPlaced),
            Page(4, 201, 1, office: "ustrzyki-dolne", problem: PageProblem.NoLayout),
            Page(5, null, 1, problem: PageProblem.NoLayout),
            Page(6, 999, 1, problem: PageProblem.NoLayout),
            Page(7, 400, 1, version: 2, problem: PageProblem.NoLayout),
            Page(8, 300, 1, "plec=kobieta"),
            Page(9, 204, 1, "plec=kobieta"),
            Page(10, 204, 1, "plec=mezczyzna"),
            Page(11, 204, 2),
            Page(12, 206, 1, "wiek=18-25"));

        Assert.Equal(
            [
                (1, ScanPageProblem.NoCode, (int?)null),
                (2, ScanPageProblem.Unreadable, null),
                (3, ScanPageProblem.NotPlaced, 203),
                (4, ScanPageProblem.OtherOffice, 201),
                (5, ScanPageProblem.NoSerial, null),
                (6, ScanPageProblem.UnknownSerial, 999),
                (7, ScanPageProblem.OtherVersion, 400),
                (8, ScanPageProblem.AlreadyScanned, 300),
                (10, ScanPageProblem.ScannedTwice, 204),
                (12, ScanPageProblem.MissingPage, 206),
            ],
            batch.Problems.Select(p => (p.Page, p.Problem, p.Serial)));
        var form = Assert.Single(batch.Forms);
        Assert.Equal((204, "plec=kobieta"), (form.Serial, form.Answers));
    }

    [Fact]
    public void AVersionTheSerialWasNotPrintedFrom_IsAnUnknownSerial()
    {
        var batch = Assemble(Page(1, 201, 1, version: 2, problem: PageProblem.NoLayout));
        Assert.Equal(ScanPageProblem.UnknownSerial, Assert.Single(batch.Problems).Problem);
    }
}
