using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Domain.Tests.Search;

/// <summary>The table of real queries (<see cref="DirectoryQueries"/>) on the Lesko seed's directory, as "Kto gdzie" searches it.</summary>
public sealed class DirectorySearchTests
{
    private static readonly DirectoryState Lesko = LeskoDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Seed", "lesko.json"));

    public static TheoryData<DirectoryQueries.Row> Rows() => new(DirectoryQueries.Rows);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Search_FindsThePostsAPersonMeans_AndNotTheOthers(DirectoryQueries.Row row)
    {
        var found = Lesko.Search(row.Query).Select(p => p.Post.Name).ToList();

        Assert.All(row.Finds, post => Assert.Contains(post, found));
        Assert.All(row.DoesNotFind, post => Assert.DoesNotContain(post, found));
    }

    [Fact]
    public void Table_NamesOnlyPostsOfTheSeed()
    {
        var posts = Lesko.ActivePosts().Select(p => p.Post.Name).ToHashSet();
        Assert.Equal(21, posts.Count);
        Assert.All(DirectoryQueries.Rows.Concat(DirectoryQueries.OtherWords).SelectMany(r => r.Finds.Concat(r.DoesNotFind)), name => Assert.Contains(name, posts));
    }

    [Theory]
    [InlineData("podatków", DirectoryQueries.Podatki)]       // the word as in the name, before "podatkowej"
    [InlineData("Łukasik", DirectoryQueries.Podatki)]        // a holder
    [InlineData("kasa", DirectoryQueries.Kasa)]
    [InlineData("usc", DirectoryQueries.KierownikUsc)]       // then the deputy, in the directory's order
    public void Search_PutsTheBestMatchFirst(string query, string first)
    {
        Assert.Equal(first, Lesko.Search(query).Select(p => p.Post.Name).FirstOrDefault());
    }
}
