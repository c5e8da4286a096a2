using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Paper.Tests;

public sealed class FormLayoutTests
{
    /// <summary>Every answer a citizen can tick on the seeded F1, in the stored-answers form.</summary>
    private static List<string> ExpectedKeys(SurveyDefinition d)
    {
        var keys = new List<string>();
        foreach (var q in d.Questions)
        {
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                case QuestionKind.MultipleChoice:
                    keys.AddRange(q.Options.Select(o => $"{q.Code}={o.Code}"));
                    break;
                case QuestionKind.Rating:
                    keys.AddRange(q.Items.SelectMany(i => q.Scale!.Values.Select(v => $"{q.Code}.{i.Code}={v}")));
                    break;
                case QuestionKind.Matrix:
                    keys.AddRange(q.Items.SelectMany(i => q.Options.Select(o => $"{q.Code}.{i.Code}={o.Code}")));
                    break;
                case QuestionKind.Text:
                    break;
            }
        }
        return keys;
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("uk")]
    [InlineData("en")]
    public void EveryOptionItemAndRating_HasExactlyOneBox_WhoseKeyParsesBackAsAStoredAnswer(string language)
    {
        var layout = SeededF1.Layout(language);
        var boxes = layout.Pages.SelectMany(p => p.Boxes).ToList();
        var expected = ExpectedKeys(SeededF1.Definition);

        Assert.Equal(expected.Order(StringComparer.Ordinal), boxes.Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Contains("plec=kobieta", expected);
        Assert.Contains("trudnosci=brak-informacji", expected);
        Assert.Contains("oceny.uprzejmosc=5", expected);
        Assert.Contains("informacje.prasa=pozytywnie", expected);
        Assert.Contains("komorka=usc", expected);
        foreach (var box in boxes)
        {
            var pair = Assert.Single(StoredChoices.Pairs(box.Key, out var malformed));
            Assert.Equal(0, malformed);
            var value = Assert.Single(pair.Values);
            var questionCode = pair.Key.Split('.')[0];
            var q = SeededF1.Definition.Find(questionCode);
            Assert.NotNull(q);
            // The answer the box stands for is a valid response on its own (an "other" with its text), stored as the key says.
            var form = new List<KeyValuePair<string, IReadOnlyList<string>>> { new(ResponseValidation.ChoicePrefix + pair.Key, [value]) };
            if (q.OtherOption?.Code == value) form.Add(new(ResponseValidation.TextField(q.Code), ["coś innego"]));
            var outcome = ResponseValidation.Validate(SeededF1.Definition, form);
            Assert.True(outcome.IsValid, box.Key + ": " + string.Join(", ", outcome.Errors));
            Assert.Equal(box.Key, StoredChoices.Encode(outcome.Answers!.Choices));
        }
    }

    [Fact]
    public void EveryWrittenAnswer_HasOneTextArea_UnderItsKeyingKey()
    {
        var texts = SeededF1.Layout().Pages.SelectMany(p => p.Texts).Select(t => t.Key).ToList();

        Assert.Equal(["sprawa.tekst", "trudnosci.tekst", "oceny.tekst", "uwagi.tekst"], texts);
        Assert.Equal(SeededF1.Definition.Questions.Where(q => q.HasText).Select(q => PaperKeying.TextKey(q.Code)), texts);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("uk")]
    public void Boxes_AreAtLeastFiveMillimetres_AndTextAreasHoldWritingLines(string language)
    {
        var layout = SeededF1.Layout(language);
        Assert.All(layout.Pages.SelectMany(p => p.Boxes), b => Assert.True(b.Rect.W >= 5 && b.Rect.H >= 5, $"{b.Key} is {b.Rect.W}×{b.Rect.H} mm"));
        Assert.All(layout.Pages.SelectMany(p => p.Texts), t => Assert.True(t.Lines >= 1 && t.Rect.H >= t.Lines * 7, $"{t.Key}: {t.Lines} lines in {t.Rect.H} mm"));
        foreach (var page in layout.Pages)
            foreach (var t in page.Texts)
                Assert.Equal(t.Lines, page.Rules.Count(r => !r.Light && r.Y1 > t.Rect.Y && r.Y1 <= t.Rect.Bottom && r.X1 == t.Rect.X));
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("uk")]
    [InlineData("en")]
    public void NothingOverlaps_AndAllIsInsideTheMargins_ClearOfTheCornerMarksAndTheCode(string language)
    {
        var layout = SeededF1.Layout(language);
        foreach (var page in layout.Pages)
        {
            var areas = page.Boxes.Select(b => (b.Key, b.Rect))
                .Concat(page.Texts.Select(t => (t.Key, t.Rect)))
                .Concat(page.Labels.Select(l => ("„" + l.Text + "”", l.Rect)))
                .ToList();
            for (int i = 0; i < areas.Count; i++)
            {
                Assert.True(areas[i].Rect.Inside(FormLayout.Printable), $"page {page.Page}: {areas[i].Item1} leaves the printable area");
                foreach (var f in page.Fiducials) Assert.False(areas[i].Rect.Overlaps(f), $"page {page.Page}: {areas[i].Item1} covers a corner mark");
                Assert.False(areas[i].Rect.Overlaps(page.Code), $"page {page.Page}: {areas[i].Item1} covers the code");
                Assert.False(areas[i].Rect.Overlaps(page.SerialLabel), $"page {page.Page}: {areas[i].Item1} covers the serial");
                for (int j = i + 1; j < areas.Count; j++)
                    Assert.False(areas[i].Rect.Overlaps(areas[j].Rect), $"page {page.Page}: {areas[i].Item1} overlaps {areas[j].Item1}");
            }
            Assert.True(page.Code.Inside(FormLayout.Printable));
            Assert.True(page.SerialLabel.Inside(FormLayout.Printable));
            Assert.All(page.Fiducials, f => Assert.True(f.Inside(FormLayout.Printable)));
            Assert.Equal(4, page.Fiducials.Count);
        }
    }

    [Fact]
    public void Question10_IsAThreeByThreeTable_AndQuestion3_ATwoColumnGrid()
    {
        var boxes = SeededF1.Layout().Pages.SelectMany(p => p.Boxes).ToList();

        var q10 = boxes.Where(b => b.Key.StartsWith("informacje.")).ToList();
        Assert.Equal(9, q10.Count);
        Assert.Equal(3, q10.Select(b => Math.Round(b.Rect.X, 1)).Distinct().Count());
        Assert.Equal(3, q10.Select(b => Math.Round(b.Rect.Y, 1)).Distinct().Count());
        // Rows are items, columns are options, as on the procedure's form.
        Assert.Single(q10.Where(b => b.Key.StartsWith("informacje.prasa=")).Select(b => Math.Round(b.Rect.Y, 1)).Distinct());
        Assert.Single(q10.Where(b => b.Key.EndsWith("=pozytywnie")).Select(b => Math.Round(b.Rect.X, 1)).Distinct());

        var q3 = boxes.Where(b => b.Key.StartsWith("czestosc=")).ToList();
        Assert.Equal(6, q3.Count);
        Assert.Equal(2, q3.Select(b => Math.Round(b.Rect.X, 1)).Distinct().Count());
        Assert.Equal(3, q3.Select(b => Math.Round(b.Rect.Y, 1)).Distinct().Count());
        // Read row by row: "pierwszy raz", "raz w roku" side by side.
        Assert.Equal(q3[0].Rect.Y, q3[1].Rect.Y);

        var q8 = boxes.Where(b => b.Key.StartsWith("oceny.")).ToList();
        Assert.Equal(25, q8.Count);
        Assert.Equal(5, q8.Select(b => Math.Round(b.Rect.X, 1)).Distinct().Count());
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("uk")]
    [InlineData("en")]
    public void TheF1_TakesTwoPages_WithNoQuestionSplitAcrossThem(string language)
    {
        var layout = SeededF1.Layout(language);

        Assert.Equal(2, layout.Pages.Count);
        foreach (var q in SeededF1.Definition.Questions)
        {
            var pages = layout.Pages.Where(p => p.Boxes.Any(b => b.Key.Split('=', '.')[0] == q.Code) || p.Texts.Any(t => t.Key == PaperKeying.TextKey(q.Code))).ToList();
            Assert.Single(pages);
        }
    }

    [Fact]
    public void EveryTextACitizenReads_IsAtLeast11pt_AndEveryPageNamesTheFormVersionAndOffice()
    {
        var layout = SeededF1.Layout();
        Assert.All(layout.Pages.SelectMany(p => p.Labels).Where(l => l.Role != LabelRole.Furniture), l => Assert.True(l.SizePt >= 11, $"„{l.Text}” is {l.SizePt} pt"));
        foreach (var page in layout.Pages)
        {
            var words = string.Join("\n", page.Labels.Select(l => l.Text));
            Assert.Contains("F1-P/7/5 · wersja 1", words);
            Assert.Contains("Urząd Miasta i Gminy Lesko", words);
            Assert.Contains($"Strona {page.Page} z 2", words);
        }
    }

    [Fact]
    public void Ukrainian_HasTheSameBoxesAndAreasAsPolish_InUkrainianWords_WithTheUnitsInPolish()
    {
        var pl = SeededF1.Layout("pl");
        var uk = SeededF1.Layout("uk");

        Assert.Equal("uk", uk.Language);
        Assert.Equal(pl.Pages.SelectMany(p => p.Boxes).Select(b => b.Key), uk.Pages.SelectMany(p => p.Boxes).Select(b => b.Key));
        Assert.Equal(pl.Pages.SelectMany(p => p.Texts).Select(b => b.Key), uk.Pages.SelectMany(p => p.Texts).Select(b => b.Key));
        var words = string.Join("\n", uk.Pages.SelectMany(p => p.Labels).Select(l => l.Text));
        Assert.Contains("Стать:", words);
        Assert.Contains("версія 1", words);
        Assert.Contains("Referat Finansowy", words);
        Assert.DoesNotContain("Płeć", words);
    }

    [Fact]
    public void AVersionNotWhollyTranslated_IsLaidOutInPolish_AsTheWebShowsIt()
    {
        var uk = SeededF1.Definition.Translations!["uk"].Where(e => e.Key != "plec").ToDictionary(e => e.Key, e => e.Value);
        var partial = SeededF1.Definition with
        {
            Translations = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["uk"] = uk },
        };

        var layout = FormLayout.Build(partial, "uk", SeededF1.Header);

        Assert.Equal("pl", layout.Language);
        Assert.Contains(layout.Pages[0].Labels, l => l.Text == "1. Płeć:");
    }

    [Fact]
    public void AnUnknownLanguage_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SeededF1.Layout("de"));
    }
}
