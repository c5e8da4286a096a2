namespace GlosKlienta.Domain.Tests.Search;

/// <summary>
/// Press releases of the kind the office publishes and what people type into the archive's search.
/// Also the table the search benchmark measures recall on (among a few hundred generated releases).
/// </summary>
public static class PressQueries
{
    public sealed record Release(string Title, string Body, string Topics);

    public sealed record Row(string Query, string[] Finds, string[] DoesNotFind)
    {
        public override string ToString() => Query;
    }

    public const string Parkowa = "Remont chodnika na ulicy Parkowej";
    public const string Zaswiadczenia = "Nowy wzór zaświadczenia o zameldowaniu";
    public const string DniLeska = "Dni Leska 2026";
    public const string Harmonogram = "Harmonogram odbioru odpadów na 2027 rok";
    public const string Podatek = "Podatek od nieruchomości: termin pierwszej raty";
    public const string Budzet = "Wyniki głosowania w budżecie obywatelskim";
    public const string Sesja = "Sesja Rady Miejskiej w Lesku";
    public const string Laczki = "Utrudnienia na drodze gminnej w Łączkach";

    public static readonly IReadOnlyList<Release> Releases =
    [
        new(Parkowa, "Od poniedziałku wykonawca wymienia chodnik przy ul. Parkowej, od budynku urzędu do skrzyżowania z ulicą Mickiewicza. Piesi przejdą drugą stroną ulicy.", "drogi, inwestycje"),
        new(Zaswiadczenia, "Od 1 marca urząd wydaje zaświadczenia o zameldowaniu na nowym formularzu. Wniosek można złożyć w pokoju nr 5 albo przez ePUAP.", "sprawy obywatelskie"),
        new(DniLeska, "Zapraszamy na koncert w Rynku i jarmark rękodzieła przed Ratuszem. Wstęp wolny.", "kultura"),
        new(Harmonogram, "Nowy harmonogram odbioru odpadów komunalnych i segregowanych jest dostępny w urzędzie i na stronie internetowej.", "odpady, środowisko"),
        new(Podatek, "Przypominamy, że pierwsza rata podatku od nieruchomości, rolnego i leśnego przypada 15 marca. Wpłat można dokonać w kasie urzędu lub przelewem.", "podatki"),
        new(Budzet, "Mieszkańcy wybrali pięć projektów budżetu obywatelskiego, w tym plac zabaw w parku miejskim.", "budżet obywatelski"),
        new(Sesja, "Radni zebrali się w sali narad. Porządek obrad obejmuje uchwałę budżetową.", "rada miejska"),
        new(Laczki, "Droga będzie zamknięta przez tydzień, objazd przez Huzele.", "drogi"),
    ];

    private static Row Finds(string query, params string[] titles) => new(query, titles, []);

    private static Row FindsNot(string query, params string[] titles) => new(query, [], titles);

    public static readonly IReadOnlyList<Row> Rows =
    [
        Finds("Parkowa", Parkowa),
        Finds("parkowej", Parkowa),
        Finds("ulica Parkowa", Parkowa),
        Finds("ul. Parkowa", Parkowa),
        Finds("zaswiadczenie", Zaswiadczenia),
        Finds("zaświadczenie o zameldowaniu", Zaswiadczenia),
        Finds("meldunek", Zaswiadczenia),
        Finds("koncert", DniLeska),
        Finds("rynek", DniLeska),
        Finds("Lesko", DniLeska, Sesja),
        Finds("odpady", Harmonogram),
        Finds("harmonogram odbioru", Harmonogram),
        Finds("podatki", Podatek),
        Finds("podatku rolnego", Podatek),
        Finds("raty", Podatek) with { DoesNotFind = [DniLeska] },
        Finds("budżet obywatelski", Budzet) with { DoesNotFind = [Sesja] },
        Finds("budżet", Budzet, Sesja),
        Finds("rada", Sesja),
        Finds("uchwała", Sesja),
        Finds("radny", Sesja),
        Finds("droga", Laczki, Parkowa),
        Finds("Łączki", Laczki),
        Finds("lączkach", Laczki),
        Finds("zamknięta droga", Laczki) with { DoesNotFind = [Parkowa] },
        FindsNot("na", Parkowa, Zaswiadczenia, DniLeska, Harmonogram),
        FindsNot("po", Podatek),
        FindsNot("ra", Sesja, Podatek),
        FindsNot("rat", DniLeska),
        FindsNot("parking", Parkowa),
    ];

    /// <summary>Words the releases do not use in any form (another word of the family, or a synonym). Measured, not expected.</summary>
    public static readonly IReadOnlyList<Row> OtherWords =
    [
        Finds("segregacja", Harmonogram),
        Finds("śmieci", Harmonogram),
    ];
}
