using Microsoft.Extensions.Time.Testing;
using GlosKlienta.Web.Tests.SurveyVersions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>
/// The application with a hand-moved clock (2 July 2026, the second day of the second half-year, so
/// the F2 of 2026H1 is due) and responses written straight through AppDbContext with known counts.
/// </summary>
public sealed class AnalysisApp(TestDatabase database, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null)
    : ClockedApp(database, settings, now ?? new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero))
{
    /// <summary>Writes <paramref name="count"/> responses with the same answers, spread over the days from <paramref name="from"/>.</summary>
    public Task AddResponsesAsync(int count, Channel channel, DateOnly from, string choices, string? otherText = null, string otherQuestion = "trudnosci") =>
        WithDbAsync(async db =>
        {
            var version = await db.SurveyVersions.OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
            for (int i = 0; i < count; i++)
            {
                var r = new SurveyResponse { SurveyVersionId = version, Channel = channel, ReceivedOn = from.AddDays(i % 28), Choices = choices };
                if (otherText is not null) r.Texts.Add(new SurveyResponseText { QuestionCode = otherQuestion, Text = otherText });
                db.SurveyResponses.Add(r);
            }
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>
    /// The first half of 2026: 40 answers from the USC (30 on paper, 10 online; speed rated 5 by 25
    /// and 2 by 15, so 62.5% top-two; 6 "not on time"), 10 from the finance unit (online, too few
    /// to rank), and in the year before 100 answers rating speed 5.
    /// </summary>
    public async Task SeedHalfYearAsync()
    {
        var jan = new DateOnly(2026, 1, 5);
        await AddResponsesAsync(20, Channel.Paper, jan, "plec=kobieta;komorka=usc;termin=tak;oceny.uprzejmosc=5;oceny.sprawnosc=5");
        await AddResponsesAsync(5, Channel.Online, new DateOnly(2026, 3, 2), "plec=kobieta;komorka=usc;termin=tak;oceny.uprzejmosc=5;oceny.sprawnosc=5");
        await AddResponsesAsync(10, Channel.Paper, new DateOnly(2026, 4, 1), "plec=mezczyzna;komorka=usc;termin=nie;trudnosci=inne;oceny.uprzejmosc=4;oceny.sprawnosc=2", "Długa kolejka!");
        await AddResponsesAsync(5, Channel.Online, new DateOnly(2026, 5, 4), "komorka=usc;termin=w-toku;trudnosci=inne;oceny.uprzejmosc=4;oceny.sprawnosc=2", "długa  kolejka");
        await AddResponsesAsync(10, Channel.Online, new DateOnly(2026, 6, 1), "komorka=finansowy;oceny.uprzejmosc=5;oceny.sprawnosc=5");
        await AddResponsesAsync(100, Channel.Paper, new DateOnly(2025, 2, 1), "komorka=usc;oceny.uprzejmosc=5;oceny.sprawnosc=5");
    }

}
