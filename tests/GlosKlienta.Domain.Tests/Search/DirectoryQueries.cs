namespace GlosKlienta.Domain.Tests.Search;

/// <summary>
/// What people type into "Kto gdzie" and which posts of the Lesko seed it must (and must not) find.
/// Words are taken from the seed's posts, tasks, units, people and rooms, in the forms a citizen
/// writes them: inflected, without Polish letters, half a name. Also the table the search benchmark
/// measures recall on.
/// </summary>
public static class DirectoryQueries
{
    public const string Sekretarz = "Sekretarz Miasta i Gminy";
    public const string Kancelaria = "Stanowisko ds. kancelaryjnych i obsługi interesantów";
    public const string Kadry = "Stanowisko ds. kadr i płac";
    public const string Rada = "Stanowisko ds. obsługi Rady Miejskiej";
    public const string Informatyka = "Stanowisko ds. informatyki i dostępności";
    public const string Skarbnik = "Skarbnik Miasta i Gminy";
    public const string Podatki = "Stanowisko ds. wymiaru podatków";
    public const string Windykacja = "Stanowisko ds. księgowości podatkowej i windykacji";
    public const string Kasa = "Kasa";
    public const string KierownikSo = "Kierownik Referatu Spraw Obywatelskich i Administracji";
    public const string Gospodarcza = "Stanowisko ds. działalności gospodarczej i zezwoleń alkoholowych";
    public const string Ewidencja = "Stanowisko ds. ewidencji ludności i dowodów osobistych";
    public const string KierownikGp = "Kierownik Referatu Gospodarki Przestrzennej, Nieruchomościami i Ochrony Środowiska";
    public const string Planowanie = "Stanowisko ds. planowania przestrzennego";
    public const string Srodowisko = "Stanowisko ds. ochrony środowiska";
    public const string Inwestycje = "Kierownik Referatu Pozyskiwania Funduszy i Inwestycji";
    public const string Odpady = "Stanowisko ds. gospodarki odpadami";
    public const string Drogi = "Stanowisko ds. dróg i oświetlenia";
    public const string KierownikUsc = "Kierownik Urzędu Stanu Cywilnego";
    public const string ZastepcaUsc = "Zastępca Kierownika Urzędu Stanu Cywilnego";
    public const string Obrona = "Stanowisko ds. obronnych, zarządzania kryzysowego i obrony cywilnej";

    /// <summary>A query, the posts it must find, the posts it must not find.</summary>
    public sealed record Row(string Query, string[] Finds, string[] DoesNotFind)
    {
        public override string ToString() => Query;
    }

    private static Row Finds(string query, params string[] posts) => new(query, posts, []);

    private static Row FindsNot(string query, params string[] posts) => new(query, [], posts);

    public static readonly IReadOnlyList<Row> Rows =
    [
        // Taxes: every case of "podatek", and the adjective.
        Finds("podatki", Podatki) with { DoesNotFind = [Kasa, Odpady] },
        Finds("podatek", Podatki) with { DoesNotFind = [Kasa] },
        Finds("podatku", Podatki),
        Finds("podatków", Podatki),
        Finds("podatkow", Podatki),
        Finds("podatek od nieruchomości", Podatki),
        Finds("podatek rolny", Podatki),
        Finds("podatek leśny", Podatki),
        Finds("ulga podatkowa", Podatki),
        Finds("podatkowa", Podatki, Windykacja),
        Finds("windykacja", Windykacja),
        Finds("upomnienie", Windykacja),
        // Waste.
        Finds("odpady", Odpady) with { DoesNotFind = [Podatki] },
        Finds("odpadów", Odpady),
        Finds("odpadami", Odpady),
        Finds("odpadach", Odpady),
        Finds("opłata za odpady", Odpady),
        Finds("deklaracja odpady", Odpady),
        Finds("harmonogram odbioru", Odpady),
        // Residence registration and identity cards.
        Finds("meldunek", Ewidencja),
        Finds("meldunku", Ewidencja),
        Finds("zameldowanie", Ewidencja),
        Finds("wymeldowanie", Ewidencja),
        Finds("zameldowania", Ewidencja),
        Finds("dowód osobisty", Ewidencja),
        Finds("dowodu osobistego", Ewidencja),
        Finds("dowod", Ewidencja),
        Finds("ewidencja ludnosci", Ewidencja),
        Finds("dane osobowe", Ewidencja),
        // Civil registry.
        Finds("ślub", KierownikUsc),
        Finds("slubu", KierownikUsc),
        Finds("śluby", KierownikUsc),
        Finds("akt stanu cywilnego", KierownikUsc, ZastepcaUsc),
        Finds("odpis aktu", ZastepcaUsc),
        Finds("zmiana nazwiska", ZastepcaUsc),
        Finds("usc", KierownikUsc, ZastepcaUsc),
        Finds("urząd stanu cywilnego", KierownikUsc, ZastepcaUsc),
        Finds("urzedzie stanu cywilnego", KierownikUsc, ZastepcaUsc),
        // Money, council, staff.
        Finds("kasa", Kasa) with { DoesNotFind = [Podatki] },
        Finds("kasie", Kasa),
        Finds("wpłata", Kasa, Windykacja),
        Finds("budżet", Skarbnik),
        Finds("budzetu", Skarbnik),
        Finds("skarbnik", Skarbnik),
        Finds("rada miejska", Rada),
        Finds("sesja rady", Rada),
        Finds("uchwały", Rada),
        Finds("kadry", Kadry),
        Finds("wynagrodzenie", Kadry),
        Finds("pracownik", Kadry),
        Finds("sekretarz", Sekretarz),
        Finds("burmistrz", Sekretarz),
        Finds("kancelaria", Kancelaria),
        Finds("biuro podawcze", Kancelaria),
        Finds("korespondencja", Kancelaria),
        Finds("formularz", Kancelaria),
        Finds("dostępność", Informatyka),
        Finds("dostepnosci", Informatyka),
        Finds("bip", Informatyka),
        Finds("informatyk", Informatyka),
        // Business, planning, environment, roads, investments, defence.
        Finds("działalność gospodarcza", Gospodarcza),
        Finds("dzialalnosci gospodarczej", Gospodarcza),
        Finds("alkohol", Gospodarcza),
        Finds("zezwolenie na alkohol", Gospodarcza) with { DoesNotFind = [Srodowisko] },
        Finds("ceidg", Gospodarcza),
        Finds("usunięcie drzewa", Srodowisko),
        Finds("ochrona środowiska", Srodowisko, KierownikGp),
        Finds("decyzja środowiskowa", Srodowisko),
        Finds("warunki zabudowy", Planowanie),
        Finds("wypis z planu", Planowanie),
        Finds("planowanie przestrzenne", KierownikGp, Planowanie),
        Finds("drogi", Drogi),
        Finds("droga gminna", Drogi),
        Finds("dróg", Drogi),
        Finds("zajęcie pasa drogowego", Drogi),
        Finds("oświetlenie", Drogi),
        Finds("inwestycje", Inwestycje),
        Finds("dofinansowanie", Inwestycje),
        Finds("obrona cywilna", Obrona),
        Finds("zarządzanie kryzysowe", Obrona),
        Finds("wojsko", Obrona),
        Finds("kierownik", KierownikSo, KierownikGp, Inwestycje, KierownikUsc, ZastepcaUsc),
        Finds("sprawy", Kadry, KierownikSo),
        // People: surname, first name and surname, other case, without Polish letters.
        Finds("Łukasik", Podatki),
        Finds("lukasik", Podatki),
        Finds("Joanna Łukasik", Podatki),
        Finds("Pączek", Podatki),
        Finds("Pączka", Podatki),
        Finds("Stępień", Ewidencja),
        Finds("zajac", Odpady),
        Finds("Gąsior", KierownikUsc),
        // Rooms: a number is a whole room number.
        Finds("pokój 21", Podatki) with { DoesNotFind = [Kasa] },
        Finds("pokoju 12", Informatyka),
        Finds("pok. 11", Kadry, Rada),
        Finds("pokój 2", Kasa, Drogi) with { DoesNotFind = [Podatki, Windykacja] },
        // Must not find: short words and look-alikes a citizen would find absurd.
        FindsNot("po", Podatki, Odpady),
        FindsNot("od", Odpady, Podatki),
        FindsNot("ra", Rada, KierownikUsc),
        FindsNot("akt", KierownikSo),
        FindsNot("rada", Sekretarz, KierownikGp, Inwestycje),
        FindsNot("prawo", Skarbnik, KierownikSo, Kadry),
        FindsNot("woda", Ewidencja),
        FindsNot("park", Podatki, Kancelaria),
        Finds("podatek pączek", Podatki) with { DoesNotFind = [Windykacja, Kasa] },
        FindsNot("kowalski", Podatki),
    ];

    /// <summary>Words a citizen uses that the seed does not use in any form (another word of the family, or a synonym). Measured, not expected.</summary>
    public static readonly IReadOnlyList<Row> OtherWords =
    [
        Finds("śmieci", Odpady),
        Finds("akt urodzenia", KierownikUsc, ZastepcaUsc),
        Finds("wycinka drzew", Srodowisko),
        Finds("latarnie", Drogi),
        Finds("koordynator dostępności", Informatyka),
    ];
}
