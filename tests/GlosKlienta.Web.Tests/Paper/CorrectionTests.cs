using System.Text.Json;
using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Corrections of stored paper responses by the Pełnomocnik: the audit log keeps what was there before.</summary>
public abstract class CorrectionTests(DatabaseKind kind) : PaperTestBase(kind)
{
    [SkippableFact]
    public async Task Correction_ChangesTheResponse_AndTheAuditEntryKeepsTheEarlierValue()
    {
        SkipWithoutDatabase();
        var keyer = await KeyerAsync(Factory);
        var supervisor = await SupervisorAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, keyer, forms: 1);
        AssertSaved(await KeyAsync(keyer, batch, [("k.plec", "1"), ("k.oceny", "54"), ("t.uwagi", "Miło")]), batch, 1);
        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        var url = $"/personel/papier/odpowiedz/{stored.Id}";

        // The correction screen starts from what is stored, in the keying notation.
        var page = await Html.ParseAsync(await supervisor.GetAsync(url));
        Assert.Equal("1", Value(page, "k.plec"));
        Assert.Equal("54000", Value(page, "k.oceny"));
        Assert.Equal("Miło", Value(page, "t.uwagi"));

        var response = await PostPageFormAsync(supervisor, url, "form.keying",
            [("k.plec", "2"), ("k.oceny", "54"), ("k.wyposazenie", "-"), ("t.uwagi", "Miło i sprawnie"), ("powod", "Błąd przy wprowadzaniu: na formularzu zaznaczono mężczyznę"), ("akcja", "zapisz")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/personel/papier/{batch}?poprawiono=1", response.Headers.Location?.OriginalString);
        var corrected = Assert.Single(await ResponsesAsync(Factory, batch));
        Assert.Equal(stored.Id, corrected.Id);
        Assert.Equal("plec=mezczyzna;oceny.uprzejmosc=5;oceny.sprawnosc=4", corrected.Choices);
        Assert.Equal("wyposazenie", corrected.Unreadable);
        Assert.Equal("Miło i sprawnie", Assert.Single(corrected.Texts).Text);

        var audit = Assert.Single(await AuditAsync(Factory, "paper.corrected"));
        Assert.Equal("SurveyResponse", audit.SubjectType);
        Assert.Equal(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.SubjectId);
        Assert.Equal(Supervisor, audit.Actor);
        using var details = JsonDocument.Parse(audit.Details!);
        var root = details.RootElement;
        Assert.Equal("plec=kobieta;oceny.uprzejmosc=5;oceny.sprawnosc=4", root.GetProperty("before").GetProperty("choices").GetString());
        Assert.Equal("Miło", root.GetProperty("before").GetProperty("texts").GetProperty("uwagi").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("before").GetProperty("unreadable").ValueKind);
        Assert.Equal("plec=mezczyzna;oceny.uprzejmosc=5;oceny.sprawnosc=4", root.GetProperty("after").GetProperty("choices").GetString());
        Assert.Equal("wyposazenie", root.GetProperty("after").GetProperty("unreadable").GetString());
        Assert.Equal("Błąd przy wprowadzaniu: na formularzu zaznaczono mężczyznę", root.GetProperty("reason").GetString());
        Assert.Equal(["plec", "wyposazenie", "uwagi.tekst"], root.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
    }

    [SkippableFact]
    public async Task Correction_WithoutReasonOrWithAKeyingError_ChangesNothingAndKeepsInput()
    {
        SkipWithoutDatabase();
        var keyer = await KeyerAsync(Factory);
        var supervisor = await SupervisorAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, keyer, forms: 1);
        AssertSaved(await KeyAsync(keyer, batch, [("k.plec", "1")]), batch, 1);
        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        var url = $"/personel/papier/odpowiedz/{stored.Id}";

        var response = await PostPageFormAsync(supervisor, url, "form.keying", [("k.plec", "2"), ("k.termin", "7"), ("powod", ""), ("akcja", "zapisz")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Wpisz powód poprawki.", ErrorText(page), StringComparison.Ordinal);
        Assert.Contains("Pytanie 6: nie ma odpowiedzi nr 7", ErrorText(page), StringComparison.Ordinal);
        Assert.Equal("2", Value(page, "k.plec"));
        Assert.Equal("7", Value(page, "k.termin"));
        Assert.Equal("plec=kobieta", Assert.Single(await ResponsesAsync(Factory, batch)).Choices);
        Assert.Empty(await AuditAsync(Factory, "paper.corrected"));
    }
}

public sealed class CorrectionSqliteTests() : CorrectionTests(DatabaseKind.Sqlite);

public sealed class CorrectionPostgresTests() : CorrectionTests(DatabaseKind.Postgres);
