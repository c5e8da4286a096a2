namespace GlosKlienta.Bench.Search;

/// <summary>
/// Press releases made up for timing: titles and paragraphs of the kind a town office publishes,
/// put together at random (a fixed seed), 1.5-3 kB of text each, like the office's real ones.
/// </summary>
public static class Releases
{
    private static readonly string[] Streets = ["Mickiewicza", "Piłsudskiego", "Słowackiego", "Kościuszki", "Sanockiej", "Bieszczadzkiej", "Smolki", "Jagiełły", "Unii Brzeskiej", "Przemysłowej"];
    private static readonly string[] Villages = ["Huzele", "Łączki", "Manasterzec", "Bachlawa", "Dziurdziów", "Postołów", "Weremień", "Jankowce", "Łukawica", "Glinne", "Wola Postołowa", "Uherce"];
    private static readonly string[] Subjects =
    [
        "Remont ulicy {s}", "Nowe oświetlenie w miejscowości {v}", "Zebranie wiejskie w {v}", "Konsultacje społeczne w sprawie studium",
        "Dotacja na wymianę pieców", "Nabór wniosków do budżetu obywatelskiego", "Utrudnienia w ruchu na ulicy {s}", "Przetarg na dowóz uczniów",
        "Sesja absolutoryjna Rady Miejskiej", "Ferie zimowe w bibliotece", "Szczepienia psów przeciw wściekliźnie", "Zbiórka elektroodpadów",
        "Stypendia sportowe burmistrza", "Modernizacja oczyszczalni ścieków", "Bezpłatna pomoc prawna", "Powszechny spis rolny",
    ];
    private static readonly string[] Sentences =
    [
        "Burmistrz Miasta i Gminy Lesko informuje, że prace potrwają do końca miesiąca.",
        "Wykonawca wyłoniony w przetargu zobowiązał się zakończyć roboty przed terminem.",
        "Mieszkańców ulicy {s} prosimy o wyrozumiałość i korzystanie z objazdów.",
        "Inwestycja jest współfinansowana ze środków Rządowego Funduszu Inwestycji Lokalnych.",
        "Wnioski można składać w kancelarii urzędu albo elektronicznie przez platformę ePUAP.",
        "Szczegółowe informacje udziela pracownik Referatu Gospodarki Komunalnej pod numerem 13 469 62 31.",
        "Zebranie odbędzie się w świetlicy wiejskiej w miejscowości {v} o godzinie 17.",
        "W spotkaniu wzięli udział radni, sołtysi oraz przedstawiciele organizacji pozarządowych.",
        "Projekt zakłada budowę chodnika, zatoki autobusowej i kanalizacji deszczowej.",
        "Dzieci i młodzież mogą skorzystać z zajęć plastycznych, sportowych i komputerowych.",
        "Prosimy o wystawianie pojemników przed posesję do godziny 7 rano w dniu odbioru.",
        "Harmonogram jest dostępny na stronie internetowej gminy oraz w Biuletynie Informacji Publicznej.",
        "Koszt zadania wynosi ponad dwa miliony złotych, z czego połowę pokrywa dofinansowanie.",
        "Z pomocy mogą skorzystać osoby, które złożą oświadczenie o braku możliwości poniesienia kosztów.",
        "Na terenie gminy działa punkt selektywnej zbiórki odpadów komunalnych przy ulicy {s}.",
        "Ruch odbywać się będzie wahadłowo, sterowany sygnalizacją świetlną.",
        "Właściciele psów są zobowiązani do przedstawienia książeczki zdrowia zwierzęcia.",
        "Uchwała wchodzi w życie po upływie czternastu dni od ogłoszenia w dzienniku urzędowym.",
        "Spotkanie poprowadzi zastępca burmistrza wraz z kierownikiem referatu.",
        "Zapraszamy wszystkich zainteresowanych do zgłaszania uwag i propozycji.",
        "W miejscowości {v} zostanie wymienionych czterdzieści opraw oświetleniowych na energooszczędne.",
        "Termin składania ofert upływa w piątek o godzinie 12.",
        "Rada Miejska udzieliła burmistrzowi wotum zaufania oraz absolutorium za ubiegły rok.",
        "Biblioteka przygotowała także spotkania autorskie i warsztaty dla seniorów.",
        "Osoby z niepełnosprawnościami mogą zgłosić potrzebę zapewnienia tłumacza języka migowego.",
    ];

    public static IReadOnlyList<(string Title, string Body, string Topics)> Generate(int count, int seed = 20261)
    {
        var random = new Random(seed);
        string Fill(string text) => text.Replace("{s}", Streets[random.Next(Streets.Length)], StringComparison.Ordinal)
            .Replace("{v}", Villages[random.Next(Villages.Length)], StringComparison.Ordinal);
        var topics = new[] { "drogi", "inwestycje", "kultura", "oświata", "odpady", "rada miejska", "sport", "środowisko", "ogłoszenia" };
        var list = new List<(string, string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var paragraphs = Enumerable.Range(0, 4 + random.Next(4)).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Fill(Sentences[random.Next(Sentences.Length)]))));
            list.Add((Fill(Subjects[random.Next(Subjects.Length)]), string.Join("\n\n", paragraphs), topics[random.Next(topics.Length)] + ", " + topics[random.Next(topics.Length)]));
        }
        return list;
    }
}
