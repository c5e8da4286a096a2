using GlosKlienta.Domain.Press;
using GlosKlienta.Domain.Search;

namespace GlosKlienta.Domain.Tests.Search;

/// <summary>The table of real queries (<see cref="PressQueries"/>) on releases, as the press archive searches them.</summary>
public sealed class PressSearchTests
{
    public static TheoryData<PressQueries.Row> Rows() => new(PressQueries.Rows);

    private static List<string> Search(string query) =>
        TextMatcher.Rank(PressQueries.Releases, SearchQuery.Parse(query), r => ReleaseSearch.Text(r.Title, r.Body, r.Topics)).Select(r => r.Title).ToList();

    [Theory]
    [MemberData(nameof(Rows))]
    public void Search_FindsTheReleasesAPersonMeans_AndNotTheOthers(PressQueries.Row row)
    {
        var found = Search(row.Query);

        Assert.All(row.Finds, title => Assert.Contains(title, found));
        Assert.All(row.DoesNotFind, title => Assert.DoesNotContain(title, found));
    }

    [Fact]
    public void Search_PutsAWordInTheTitleBeforeTheSameWordElsewhere()
    {
        // The last release has "drodze" in its title; the first has "drogi" among its topics only.
        Assert.Equal([PressQueries.Laczki, PressQueries.Parkowa], Search("droga"));
    }
}
