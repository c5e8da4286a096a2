namespace GlosKlienta.Web.Tests.RawData;

/// <summary>
/// Responses of the first half of 2026 across the three channels and two survey versions (version 2
/// drops question 9, adds a "kolejka" difficulty and a new question "kontakt"), with paper forms
/// that carry unreadable marks and texts that need CSV quoting.
/// </summary>
public static class RawDataSeed
{
    public static readonly DateOnly PeriodStart = new(2026, 1, 1);

    public sealed record Row(long Id, int SurveyVersionId, Channel Channel, DateOnly ReceivedOn, string Choices, string? Unreadable, int? BoxOpeningId, int? FormNumber, string Texts, int? KioskId);

    public static SurveyDefinition SecondVersion(SurveyDefinition first) => first with
    {
        Questions = first.Questions
            .Where(q => q.Code != "wyposazenie")
            .Select(q => q.Code != "trudnosci" ? q : q with
            {
                Options = [.. q.Options.Where(o => o.Other is null), new AnswerOption { Code = "kolejka", Text = "długie oczekiwanie w kolejce" }, .. q.Options.Where(o => o.Other is not null)],
            })
            .Append(new Question
            {
                Code = "kontakt", Number = "11", Text = "Jak załatwiał Pan/Pani sprawę?", Kind = QuestionKind.SingleChoice,
                Options = [new AnswerOption { Code = "osobiscie", Text = "osobiście" }, new AnswerOption { Code = "telefon", Text = "telefonicznie" }],
            })
            .ToList(),
    };

    /// <summary>Stored choices in the order of the definition, as the survey writes them.</summary>
    public static string Encode(SurveyDefinition definition, Dictionary<string, string[]> answers)
    {
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in definition.Questions)
        {
            if (q.Items.Count == 0)
            {
                if (answers.TryGetValue(q.Code, out var v)) choices[q.Code] = q.Options.Where(o => v.Contains(o.Code)).Select(o => o.Code).ToList();
            }
            else
            {
                foreach (var item in q.Items)
                {
                    var key = ResponseAnswers.ItemKey(q.Code, item.Code);
                    if (answers.TryGetValue(key, out var v)) choices[key] = v;
                }
            }
        }
        return StoredChoices.Encode(choices);
    }

    /// <summary>Seeds version 2, a box opening and the responses; returns how many fall into 2026H1.</summary>
    public static async Task<int> SeedAsync(AppFactory factory, int randomCount = 60)
    {
        return await factory.WithDbAsync(async db =>
        {
            var v1 = await db.SurveyVersions.SingleAsync(v => v.Number == 1);
            var d1 = SurveyDefinition.FromJson(v1.Definition);
            var d2 = SecondVersion(d1);
            var v2 = new SurveyVersion
            {
                Number = 2, Status = SurveyVersionStatus.Approved, Definition = d2.ToJson(), CreatedAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
                BasedOnVersionId = v1.Id, LiveFrom = new DateOnly(2026, 4, 1), ApprovedBy = "test", ApprovedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
            };
            db.SurveyVersions.Add(v2);
            var box = await db.SurveyBoxes.FirstAsync();
            var opening = new BoxOpening
            {
                Year = 2026, Number = 1, SurveyBoxId = box.Id, OpenedOn = new DateOnly(2026, 3, 2), OpenedBy = "Maria Kowalska",
                RecordedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), FormCount = 5, SurveyVersionId = v1.Id,
            };
            db.BoxOpenings.Add(opening);
            // Two kiosks in the hall: each kiosk answer names its own.
            var kiosks = new[] { new GlosKlienta.Web.Features.Kiosks.Kiosk { Name = "Hol, parter", CreatedAt = opening.RecordedAt }, new GlosKlienta.Web.Features.Kiosks.Kiosk { Name = "Ratusz", CreatedAt = opening.RecordedAt } };
            db.Kiosks.AddRange(kiosks);
            await db.SaveChangesAsync();
            var kioskTurn = 0;
            var units = d1.Find("komorka")!.Options.Select(o => o.Code).ToArray();

            SurveyResponse Response(SurveyVersion v, Channel channel, DateOnly day, string choices, string? unreadable = null, int? form = null, params (string Code, string Text)[] texts) => new()
            {
                SurveyVersionId = v.Id, Channel = channel, ReceivedOn = day, Choices = choices, Unreadable = unreadable,
                BoxOpeningId = form is null ? null : opening.Id, FormNumber = form,
                SubmissionKey = channel == Channel.Paper ? null : Guid.NewGuid(),
                KioskId = channel == Channel.Kiosk ? kiosks[kioskTurn++ % 2].Id : null,
                Texts = texts.Select(t => new SurveyResponseText { QuestionCode = t.Code, Text = t.Text }).ToList(),
            };

            var list = new List<SurveyResponse>
            {
                Response(v1, Channel.Online, new DateOnly(2026, 1, 5), Encode(d1, new()
                {
                    ["plec"] = ["kobieta"], ["wiek"] = ["36-45"], ["komorka"] = [units[0]], ["sprawa"] = ["inna"], ["termin"] = ["tak"],
                    ["trudnosci"] = ["niewlasciwa-osoba", "inne"], ["oceny.uprzejmosc"] = ["5"], ["oceny.sprawnosc"] = ["4"], ["oceny.kompetencja"] = ["5"],
                    ["oceny.informacja"] = ["3"], ["oceny.terminowosc"] = ["4"], ["wyposazenie"] = ["nie-mam-zdania"], ["informacje.prasa"] = ["pozytywnie"],
                    ["informacje.tablice"] = ["negatywnie"],
                }), null, null, ("sprawa", "Wymiana \"dowodu\", a potem meldunek"), ("trudnosci", "Długo czekałam,\r\nbo nikt nie wiedział"), ("uwagi", "Zażółć gęślą jaźń; dziękuję!")),
                Response(v1, Channel.Kiosk, new DateOnly(2026, 2, 10), Encode(d1, new() { ["plec"] = ["mezczyzna"], ["oceny.uprzejmosc"] = ["1"] }), null, null, ("uwagi", "'=już z apostrofem")),
                Response(v1, Channel.Paper, new DateOnly(2026, 3, 2), Encode(d1, new()
                {
                    ["plec"] = ["kobieta"], ["trudnosci"] = ["brak"], ["oceny.uprzejmosc"] = ["4"], ["oceny.kompetencja"] = ["2"],
                }), "wiek,oceny.sprawnosc,uwagi.tekst", 1),
                Response(v1, Channel.Paper, new DateOnly(2026, 3, 2), Encode(d1, new() { ["termin"] = ["nie"] }), "trudnosci,informacje.internet", 2, ("oceny", "- Pani w okienku 3 — bardzo miła")),
                Response(v2, Channel.Online, new DateOnly(2026, 4, 3), Encode(d2, new()
                {
                    ["plec"] = ["kobieta"], ["trudnosci"] = ["kolejka", "inne"], ["kontakt"] = ["telefon"], ["oceny.terminowosc"] = ["2"],
                }), null, null, ("trudnosci", "=HYPERLINK(\"http://example.org\")")),
                Response(v2, Channel.Kiosk, new DateOnly(2026, 6, 30), Encode(d2, new() { ["kontakt"] = ["osobiscie"] }), null, null, ("uwagi", "-9")),
                Response(v2, Channel.Online, new DateOnly(2026, 7, 1), Encode(d2, new() { ["plec"] = ["kobieta"] })),
            };

            var random = new Random(4);
            for (var i = 0; i < randomCount; i++)
            {
                var second = random.Next(2) == 1;
                var v = second ? v2 : v1;
                var d = second ? d2 : d1;
                var answers = new Dictionary<string, string[]>();
                foreach (var q in d.Questions)
                {
                    if (random.Next(10) == 0) continue;
                    switch (q.Kind)
                    {
                        case QuestionKind.SingleChoice:
                            answers[q.Code] = [q.Options[random.Next(q.Options.Count)].Code];
                            break;
                        case QuestionKind.MultipleChoice:
                            answers[q.Code] = [q.Options[1 + random.Next(q.Options.Count - 2)].Code, q.Options[1 + random.Next(q.Options.Count - 2)].Code];
                            break;
                        case QuestionKind.Rating:
                        case QuestionKind.Matrix:
                            foreach (var item in q.Items.Where(_ => random.Next(8) != 0))
                                answers[ResponseAnswers.ItemKey(q.Code, item.Code)] = [q.Kind == QuestionKind.Rating ? (1 + random.Next(5)).ToString(System.Globalization.CultureInfo.InvariantCulture) : q.Options[random.Next(q.Options.Count)].Code];
                            break;
                        case QuestionKind.Text:
                            break;
                    }
                }
                var channel = random.Next(2) == 0 ? Channel.Online : Channel.Kiosk;
                var texts = random.Next(4) == 0 ? new[] { ("uwagi", "Uwaga nr " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", z przecinkiem") } : [];
                list.Add(Response(v, channel, PeriodStart.AddDays(random.Next(181)), Encode(d, answers), null, null, texts));
            }
            db.SurveyResponses.AddRange(list);
            await db.SaveChangesAsync();
            return list.Count - 1;
        });
    }

    /// <summary>Every stored response with its texts, in id order; the submission key is left out (it is not exported).</summary>
    public static Task<List<Row>> SnapshotAsync(AppFactory factory) =>
        factory.WithDbAsync(async db => (await db.SurveyResponses.AsNoTracking().Include(r => r.Texts).OrderBy(r => r.Id).ToListAsync())
            .Select(r => new Row(r.Id, r.SurveyVersionId, r.Channel, r.ReceivedOn, r.Choices, r.Unreadable, r.BoxOpeningId, r.FormNumber,
                string.Join("|", r.Texts.OrderBy(t => t.QuestionCode, StringComparer.Ordinal).Select(t => t.QuestionCode + "=" + t.Text)), r.KioskId))
            .ToList());

    public static async Task EmptyResponsesAsync(AppFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            await db.SurveyResponseTexts.ExecuteDeleteAsync();
            return await db.SurveyResponses.ExecuteDeleteAsync();
        });

    public static Task<StaffUserAndClient> AnalystAsync(AppFactory factory, string role = Roles.PelnomocnikSzj) => StaffUserAndClient.CreateAsync(factory, role);
}

public sealed record StaffUserAndClient(StaffUser User, HttpClient Client)
{
    public static async Task<StaffUserAndClient> CreateAsync(AppFactory factory, string role)
    {
        var email = role.ToLowerInvariant() + "@lesko.pl";
        var user = await StaffAccounts.CreateUserAsync(factory, email, role);
        return new StaffUserAndClient(user, await StaffAccounts.SignInAsync(factory, email));
    }
}
