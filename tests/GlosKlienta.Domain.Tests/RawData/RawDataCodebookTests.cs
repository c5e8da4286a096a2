using GlosKlienta.Domain.RawData;

namespace GlosKlienta.Domain.Tests.RawData;

/// <summary>The codebook, the SPSS syntax and the R script describe every column the CSV has.</summary>
public sealed class RawDataCodebookTests
{
    private static readonly RawDataLayout Layout = RawDataSample.Layout();

    [Fact]
    public void Codebook_HasARowPerColumn_WithLabelTypeAndMissingValues()
    {
        var rows = RawDataCodebook.Rows(Layout).ToList();

        Assert.Equal(Layout.Columns.Select(c => c.Name), rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(RawDataCodebook.Header.Count, r.Count));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[2]), r[0]));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[3]), r[0]));
        var kolejka = rows.Single(r => r[0] == "trudnosci_kolejka");
        Assert.Equal("2", kolejka[6]);
        Assert.Contains("-9 = nie zadano", kolejka[5]);
        Assert.Contains("-8 = zaznaczenie nieczytelne", kolejka[5]);
        Assert.Equal("kobieta = kobieta; mezczyzna = mężczyzna", rows.Single(r => r[0] == "plec")[4]);
        Assert.Equal("online = formularz internetowy; kiosk = kiosk w urzędzie; papier = ankieta papierowa", rows.Single(r => r[0] == "kanal")[4]);
    }

    [Fact]
    public void Markdown_ListsConventionsAndEveryColumn()
    {
        var md = RawDataCodebook.Markdown(Layout, RawDataPeriod.ParseHalfYear("2026H1")!, "ankiety_2026H1.csv");

        Assert.Contains("UTF-8 ze znacznikiem BOM", md);
        Assert.Contains("`-9` = nie zadano", md);
        Assert.All(Layout.Columns, c => Assert.Contains("| " + c.Name + " |", md));
    }

    [Fact]
    public void Spss_ReadsTheCsvInUtf8_AndLabelsEveryColumnAndEveryCode()
    {
        var sps = RawDataCodebook.Spss(Layout, "ankiety_2026H1.csv");

        Assert.Contains("/FILE='ankiety_2026H1.csv'", sps);
        Assert.Contains("/ENCODING='UTF8'", sps);
        Assert.Contains("/FIRSTCASE=2", sps);
        var variables = Section(sps, "/VARIABLES=", ".\n");
        var labels = Section(sps, "VARIABLE LABELS\n", ".\n");
        var values = Section(sps, "VALUE LABELS\n", ".\n");
        foreach (var c in Layout.Columns)
        {
            Assert.Contains($"\n    {c.Name} ", variables);
            Assert.Contains($"\n  {c.Name} '", "\n" + labels);
            foreach (var code in c.Codes)
            {
                var value = c.ValueType == RawValueType.WholeNumber ? code.Code : $"'{code.Code}'";
                Assert.Contains($"{c.Name}", values);
                Assert.Contains($"\n    {value} '{code.Label.Replace("'", "''")}'", ValueBlock(values, c.Name));
            }
            if (c.IsQuestionColumn) Assert.Contains($"MISSING VALUES {c.Name} (", sps);
        }
        Assert.Contains("\n    -8 '" + RawDataCodes.UnreadableLabel + "'", ValueBlock(values, "oceny_uprzejmosc"));
        Assert.Contains("MISSING VALUES oceny_uprzejmosc (-9, -8).", sps);
        Assert.Contains("MISSING VALUES plec ('-9', '-8').", sps);
        Assert.Contains("oceny_uprzejmosc oceny_sprawnosc (ORDINAL).", sps);
        Assert.Contains("data_wplywu SDATE10", sps);
    }

    [Fact]
    public void RScript_ReadsUtf8WithBom_MakesLabelledFactors_AndOrderedRatings()
    {
        var r = RawDataCodebook.RScript(Layout, "ankiety_2026H1.csv");

        Assert.Contains("fileEncoding = \"UTF-8-BOM\"", r);
        Assert.True(r.All(ch => ch < 128), "the script is pure ASCII");
        foreach (var c in Layout.Columns)
        {
            Assert.Contains($"attr(dane[[\"{c.Name}\"]], \"label\") <- {RawDataCodebook.RString(c.Label)}", r);
            Assert.Contains($"  {c.Name} = \"", r);
            if (c.Codes.Count > 0) Assert.Contains($"dane[[\"{c.Name}\"]] <- factor(", r);
        }
        Assert.Contains("labels = c(\"kobieta\", \"m\\u0119\\u017cczyzna\")", r);
        Assert.Contains("levels = c(1, 2, 3, 4, 5), labels = c(\"1 \\u2013 ocena najgorsza\", \"2\", \"3\", \"4\", \"5 \\u2013 ocena najlepsza\"), ordered = TRUE)", r);
    }

    private static string Section(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, start);
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return "\n" + text[from..to] + "\n";
    }

    private static string ValueBlock(string values, string name)
    {
        var start = values.IndexOf(name + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        var next = values.IndexOf("\n  /", start, StringComparison.Ordinal);
        return values[start..(next < 0 ? values.Length : next)] + "\n";
    }
}
