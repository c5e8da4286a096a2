using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// Makes sure the two materials every public body must publish exist: the easy-to-read text
/// (ETR) and the accessibility statement (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej).
/// Run on every start; a material already there (edited or not) is left alone. The texts describe
/// the Lesko office; another office edits them on the staff side like any other material.
/// </summary>
public static class InfoMaterialSeeder
{
    public const string SeedAuthor = "wersja początkowa (wdrożenie systemu)";

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await db.Offices.AsNoTracking().OrderBy(o => o.Id).Select(o => o.TimeZone).FirstAsync(cancellationToken));
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var present = await db.InfoMaterials.Select(m => m.Slug).ToListAsync(cancellationToken);
        foreach (var (slug, title, body, months, byMarch) in Seeds)
        {
            if (present.Contains(slug)) continue;
            var material = new InfoMaterial
            {
                Slug = slug,
                Title = title,
                ReviewIntervalMonths = months,
                ReviewBy31March = byMarch,
                LastReviewedOn = today,
                LastReviewedBy = SeedAuthor,
                CurrentVersion = 1,
                CreatedAt = now,
            };
            material.NextReviewOn = InfoMaterialRules.NextReview(material, today);
            material.Versions.Add(new InfoMaterialVersion
            {
                Number = 1,
                Title = title,
                Body = body,
                PublishedAt = now,
                PublishedBy = SeedAuthor,
                ContentHash = InfoMaterialRules.Hash(slug, 1, title, body),
            });
            db.InfoMaterials.Add(material);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly (string Slug, string Title, string Body, int Months, bool ByMarch)[] Seeds =
    [
        (InfoMaterialRules.EasyToRead, "Informacja o urzędzie w tekście łatwym do czytania", EasyToReadText, 12, false),
        (InfoMaterialRules.AccessibilityStatement, "Deklaracja dostępności", StatementText, 12, true),
    ];

    private const string EasyToReadText = """
        ## Czym zajmuje się urząd
        Urząd Miasta i Gminy Lesko pomaga mieszkańcom.
        Urzędem kieruje Burmistrz Miasta i Gminy Lesko.
        Burmistrzowi pomaga Zastępca Burmistrza.
        W urzędzie pracują urzędnicy.
        Urzędnicy załatwiają sprawy mieszkańców.

        ## Jakie sprawy załatwisz w urzędzie
        W urzędzie możesz na przykład:
        - zameldować się albo wymeldować,
        - złożyć wniosek o dowód osobisty,
        - zgłosić urodzenie dziecka,
        - ustalić termin ślubu,
        - dostać akt urodzenia, akt małżeństwa albo akt zgonu,
        - zapłacić podatek od domu albo od ziemi,
        - złożyć deklarację o odpadach, czyli o śmieciach,
        - zapytać o działkę, o drogę albo o budowę,
        - złożyć skargę albo wniosek.

        ## Gdzie jest urząd
        Urząd ma dwa budynki.
        Główny budynek jest przy ulicy Parkowej 1 w Lesku.
        Drugi budynek to Ratusz.
        Ratusz jest przy ulicy Rynek 21 w Lesku.
        W każdym budynku jest tablica.
        Na tablicy jest napisane, w którym pokoju załatwisz swoją sprawę.

        ## Kiedy urząd jest otwarty
        Urząd jest otwarty od poniedziałku do piątku.
        Urząd jest otwarty od godziny 7:30 do godziny 15:30.
        W soboty, w niedziele i w święta urząd jest zamknięty.

        ## Jak załatwić sprawę
        - Przyjdź do urzędu albo zadzwoń.
        - Sprawdź na tablicy, do którego pokoju iść.
        - Jeśli nie wiesz, zapytaj dowolnego pracownika urzędu.
        - Urzędnik powie ci, jakie dokumenty są potrzebne.
        - Czasem trzeba wypełnić wniosek. Urzędnik pomoże ci go wypełnić.
        - Weź ze sobą dowód osobisty.

        ## Jak napisać do urzędu
        Możesz wysłać list na adres:
        Urząd Miasta i Gminy Lesko, ulica Parkowa 1, 38-600 Lesko.
        Możesz też przynieść pismo do urzędu.
        Możesz wysłać pismo przez internet, przez platformę ePUAP.
        Numery telefonów i adresy e-mail są na stronie www.lesko.pl.

        ## Jeśli słabo słyszysz albo nie słyszysz
        Możesz przyjść do urzędu z tłumaczem języka migowego.
        Powiedz nam o tym 3 dni robocze wcześniej.
        Możesz też napisać do nas e-mail.

        ## Jeśli słabo widzisz albo nie widzisz
        Możesz przyjść do urzędu z psem asystującym.
        Urzędnik przeczyta ci dokument i pomoże go wypełnić.

        ## Skargi i wnioski
        Jeśli coś ci się nie podoba, możesz złożyć skargę.
        Jeśli masz pomysł, co zrobić lepiej, możesz złożyć wniosek.
        Burmistrz i Zastępca Burmistrza przyjmują mieszkańców w sprawie skarg i wniosków.
        Dni i godziny przyjęć są na tablicy w urzędzie.

        ## Powiedz nam, co myślisz
        Po załatwieniu sprawy możesz wypełnić krótką ankietę.
        Ankieta nie ma twojego imienia ani nazwiska.
        Ankietę wypełnisz na stronie internetowej urzędu.
        Możesz też wypełnić ankietę na papierze.
        Wrzuć ją do skrzynki w urzędzie przy ulicy Parkowej 1 albo w Ratuszu.
        """;

    private const string StatementText = """
        Urząd Miasta i Gminy Lesko zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
        Deklaracja dostępności dotyczy serwisu „Głos Klienta” Urzędu Miasta i Gminy Lesko: ankiety satysfakcji klienta, komunikatów prasowych i materiałów informacyjnych o pracy urzędu.

        ## Status pod względem zgodności z ustawą
        Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej z powodu niezgodności wymienionych poniżej.
        - Załączniki do komunikatów prasowych (pliki PDF, dokumenty biurowe i zdjęcia) przygotowują różne osoby i nie każdy z nich spełnia wymagania dostępności. Na prośbę przygotujemy dostępną wersję załącznika.
        - Skany dokumentów opublikowane jako zdjęcia nie mają warstwy tekstowej. Ich treść podamy w postaci tekstu na prośbę.

        ## Przygotowanie deklaracji dostępności
        Deklarację sporządzono na podstawie samooceny przeprowadzonej przez urząd. Każda strona publiczna serwisu jest sprawdzana automatycznie narzędziem axe (kryteria WCAG 2.1 na poziomach A i AA) oraz ręcznie: obsługa samą klawiaturą, powiększenie do 200% i ekran o szerokości 320 pikseli.
        Daty sporządzenia deklaracji i jej ostatniego przeglądu podajemy na początku tej strony. Deklarację przeglądamy i aktualizujemy co najmniej raz w roku, do 31 marca.

        ## Skróty klawiszowe
        Strona nie ma własnych skrótów klawiszowych. Działają skróty przeglądarki. Pierwszy klawisz Tab pokazuje odnośnik „Przejdź do treści”.

        ## Informacje zwrotne i dane kontaktowe
        Koordynatorem do spraw dostępności w Urzędzie Miasta i Gminy Lesko jest Sekretarz Miasta i Gminy.
        - e-mail: dostepnosc@lesko.pl
        - telefon: 13 469 80 00
        - adres: Urząd Miasta i Gminy Lesko, ul. Parkowa 1, 38-600 Lesko
        Tymi samymi sposobami można zgłaszać problemy z dostępnością strony, prosić o informację w dostępnej formie i składać żądania zapewnienia dostępności.

        ## Procedura wnioskowo-skargowa
        Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można też zażądać udostępnienia informacji w alternatywnej formie, na przykład odczytania niedostępnego dokumentu lub opisania zdjęcia.
        Żądanie powinno zawierać:
        - dane kontaktowe osoby, która je składa,
        - wskazanie, o którą stronę lub który element strony chodzi,
        - sposób kontaktu,
        - jeśli osoba żąda informacji w innej formie – opis tej formy.
        Urząd realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia jego złożenia. Jeżeli nie da się tego zrobić w tym terminie, urząd od razu informuje o tym i podaje nowy termin, nie dłuższy niż 2 miesiące od dnia złożenia żądania. Jeżeli zapewnienie dostępności nie jest możliwe, urząd może zaproponować alternatywny sposób dostępu do informacji.
        Jeżeli urząd odmówi realizacji żądania albo nie zachowa terminu, można złożyć skargę w sprawie zapewnienia dostępności cyfrowej. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich (www.rpo.gov.pl).
        Dostępności architektonicznej lub informacyjno-komunikacyjnej budynków urzędu można żądać wnioskiem o zapewnienie dostępności na podstawie ustawy z dnia 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami. Na brak dostępności przysługuje skarga do Prezesa Zarządu Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych.

        ## Dostępność architektoniczna
        ### Budynek urzędu, ul. Parkowa 1, 38-600 Lesko
        - Wejście główne jest od ulicy Parkowej. Do drzwi prowadzi pochylnia dla wózków.
        - Drzwi wejściowe mają szerokość pozwalającą wjechać wózkiem.
        - Obsługa klientów odbywa się na parterze i na piętrach. Osobę, która nie może wejść po schodach, pracownik obsłuży na parterze – wystarczy poprosić osobę przy wejściu albo zadzwonić.
        - Przed budynkiem jest miejsce parkingowe dla osób z niepełnosprawnościami.
        - Na parterze jest toaleta przystosowana dla osób na wózkach.
        - Do budynku można wejść z psem asystującym i psem przewodnikiem.
        - Można przyjść z tłumaczem polskiego języka migowego; prosimy o zgłoszenie co najmniej 3 dni robocze wcześniej.

        ### Ratusz, ul. Rynek 21, 38-600 Lesko
        - Ratusz jest zabytkowym budynkiem. Do wejścia prowadzą schody, nie ma windy.
        - Osobę, która nie może wejść do budynku, pracownik obsłuży przy wejściu albo w budynku przy ul. Parkowej 1; prosimy zadzwonić przed wizytą.
        - Najbliższe miejsca parkingowe dla osób z niepełnosprawnościami są przy Rynku.
        - Do budynku można wejść z psem asystującym i psem przewodnikiem.

        ## Aplikacje mobilne
        Urząd nie udostępnia aplikacji mobilnych.
        """;
}
