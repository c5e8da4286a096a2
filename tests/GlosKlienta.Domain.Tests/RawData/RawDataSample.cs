using GlosKlienta.Domain.RawData;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.RawData;

/// <summary>Two small survey versions with every kind of question; version 2 drops "wyposazenie" and adds "kontakt" and a difficulty.</summary>
internal static class RawDataSample
{
    public static readonly SurveyDefinition First = new()
    {
        Title = "Ankieta",
        ThankYou = "Dziękujemy",
        Questions =
        [
            new Question { Code = "plec", Number = "1", Text = "Płeć:", Kind = QuestionKind.SingleChoice, Options = [new AnswerOption { Code = "kobieta", Text = "kobieta" }, new AnswerOption { Code = "mezczyzna", Text = "mężczyzna" }] },
            new Question { Code = "wiek", Number = "2", Text = "Wiek", Kind = QuestionKind.SingleChoice, Options = [new AnswerOption { Code = "18-25", Text = "18-25" }, new AnswerOption { Code = "powyzej-66", Text = "powyżej 66" }] },
            new Question
            {
                Code = "trudnosci", Number = "7", Text = "Na jakie trudności napotkała/ł Pani/Pan?", Kind = QuestionKind.MultipleChoice,
                Options =
                [
                    new AnswerOption { Code = "brak", Text = "nie spotkałam/łem się z trudnościami", Exclusive = true },
                    new AnswerOption { Code = "brak-informacji", Text = "nie uzyskałem żadnych informacji" },
                    new AnswerOption { Code = "inne", Text = "inne trudności", Other = new FreeText { Label = "Jakie inne trudności?" } },
                ],
            },
            new Question
            {
                Code = "oceny", Number = "8", Text = "Jak ocenia Pani/Pan jakość usługi?", Kind = QuestionKind.Rating, Scale = new RatingScale { Min = 1, Max = 5 },
                Items = [new QuestionItem { Code = "uprzejmosc", Text = "uprzejmość" }, new QuestionItem { Code = "sprawnosc", Text = "sprawna obsługa" }],
                Comment = new FreeText { Label = "inne uwagi" },
            },
            new Question { Code = "wyposazenie", Number = "9", Text = "Czy wyposażenie daje komfort?", Kind = QuestionKind.SingleChoice, Options = [new AnswerOption { Code = "tak", Text = "tak" }, new AnswerOption { Code = "nie", Text = "nie" }] },
            new Question
            {
                Code = "informacje", Number = "10", Text = "Jak ocenia Pan/Pani informacje?", Kind = QuestionKind.Matrix,
                Items = [new QuestionItem { Code = "prasa", Text = "a) w prasie" }],
                Options = [new AnswerOption { Code = "pozytywnie", Text = "pozytywnie" }, new AnswerOption { Code = "negatywnie", Text = "negatywnie" }],
            },
            new Question { Code = "uwagi", Text = "UWAGI", Kind = QuestionKind.Text, MaxLength = 2000 },
        ],
    };

    public static readonly SurveyDefinition Second = First with
    {
        Questions =
        [
            .. First.Questions.Where(q => q.Code != "wyposazenie").Select(q => q.Code != "trudnosci" ? q : q with
            {
                Options = [q.Options[0], q.Options[1], new AnswerOption { Code = "kolejka", Text = "kolejka" }, q.Options[2]],
            }),
            new Question { Code = "kontakt", Number = "11", Text = "Jak?", Kind = QuestionKind.SingleChoice, Options = [new AnswerOption { Code = "osobiscie", Text = "osobiście" }, new AnswerOption { Code = "telefon", Text = "telefonicznie" }] },
        ],
    };

    public static RawDataLayout Layout() => RawDataLayout.For([new RawVersion(2, Second), new RawVersion(1, First)]);
}
