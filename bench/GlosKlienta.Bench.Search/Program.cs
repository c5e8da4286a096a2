using System.Diagnostics;
using System.Globalization;
using GlosKlienta.Bench.Search;
using GlosKlienta.Domain.Directory;
using GlosKlienta.Domain.Press;
using GlosKlienta.Domain.Search;
using GlosKlienta.Domain.Tests.Search;

// dotnet run -c Release --project bench/GlosKlienta.Bench.Search -- [--seed src/GlosKlienta.Web/Data/Seed/lesko.json] [--releases 300] [--seconds 1] [--details]
// --details: after each line, the queries that missed an expected hit and those that found a forbidden one.
// Recall and time per query of the ways of searching that were weighed for issue 15, on the query
// tables of the domain tests (tests/GlosKlienta.Domain.Tests/Search): the Lesko directory (its 21
// posts) and the press table's 8 releases among generated ones (--releases in all).
// recall: the table's expected hits found; false hits: its "must not find" pairs found; other words:
// recall on the words the texts do not use in any form (synonyms, other words of a family).
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "", StringComparer.Ordinal);
var seedPath = options.GetValueOrDefault("--seed") ?? Path.Combine("src", "GlosKlienta.Web", "Data", "Seed", "lesko.json");
var releaseCount = int.Parse(options.GetValueOrDefault("--releases") ?? "300", CultureInfo.InvariantCulture);
var seconds = double.Parse(options.GetValueOrDefault("--seconds") ?? "1", CultureInfo.InvariantCulture);

var state = LeskoDirectory.Load(seedPath);
var posts = state.ActivePosts().ToList();
var postFields = posts.Select(p => new[]
{
    p.Post.Name, string.Join(' ', p.People.Select(e => e.FullName)), p.Unit?.Name ?? "",
    p.Room is null ? "" : "pokój pok " + p.Room.Number + " " + p.Room.Description, p.Post.Tasks ?? "", p.Post.Email?.Split('@')[0] ?? "",
}).ToList();
var releases = PressQueries.Releases.Select(r => (r.Title, r.Body, r.Topics))
    .Concat(Releases.Generate(Math.Max(0, releaseCount - PressQueries.Releases.Count))).ToList();
var releaseFields = releases.Select(r => new[] { r.Title, r.Topics, r.Body }).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"directory: {posts.Count} posts; press: {releases.Count} releases, {releases.Average(r => r.Body.Length):F0} characters of text on average; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));

static Func<string, IReadOnlyList<int>> Substring(IReadOnlyList<string[]> docs, int fields)
{
    // The matcher before issue 15: every word a substring of the folded text, a number a whole word.
    var texts = docs.Select(d => PolishText.Fold(string.Join(' ', d.Take(fields)))).ToList();
    var tokens = texts.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
    return query =>
    {
        var words = PolishText.Words(query);
        if (words.Length == 0) return [];
        return Enumerable.Range(0, texts.Count).Where(i => words.All(w => w.All(char.IsAsciiDigit) ? tokens[i].Contains(w) : texts[i].Contains(w, StringComparison.Ordinal))).ToList();
    };
}

static Func<string, IReadOnlyList<int>> PressBefore(IReadOnlyList<string[]> docs)
{
    // The archive before issue 15: each word found in the title, text or topics, ignoring case only.
    var compare = CultureInfo.GetCultureInfo("pl-PL").CompareInfo;
    return query =>
    {
        var words = query.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, docs.Count).Where(i => words.All(w => docs[i].Any(f => compare.IndexOf(f, w, CompareOptions.IgnoreCase) >= 0))).ToList();
    };
}

static Func<string, IReadOnlyList<int>> Stemmer(IReadOnlyList<string[]> docs, Func<string[], SearchableText> text, bool textsOnce)
{
    SearchableText Text(string[] d) => text(d);
    var made = textsOnce ? docs.Select(Text).ToList() : null;
    var indexes = Enumerable.Range(0, docs.Count).ToList();
    return query => TextMatcher.Rank(indexes, SearchQuery.Parse(query), i => made?[i] ?? Text(docs[i]));
}

SearchableText PostText(string[] d) => DirectoryState.SearchText(posts[postFields.IndexOf(d)]);
static SearchableText ReleaseText(string[] d) => ReleaseSearch.Text(d[0], d[2], d[1]);
var directoryCandidates = new List<Candidate>
{
    new("before: substring of name, unit, room, people", d => Substring(d, 4)),
    new("substring, tasks and e-mail too", d => Substring(d, 6)),
    new("trigrams ≥ 0.3", new Trigrams(0.3).Prepare),
    new("trigrams ≥ 0.4", new Trigrams(0.4).Prepare),
    new("trigrams ≥ 0.5", new Trigrams(0.5).Prepare),
    new("stemmer (DirectoryState.Search, as the page calls it)", _ => q => state.Search(q).Select(p => posts.FindIndex(x => x.Post.Id == p.Post.Id)).ToList()),
    new("stemmer, texts made once", d => Stemmer(d, PostText, true)),
};
var pressCandidates = new List<Candidate>
{
    new("before: culture substring, case ignored", PressBefore),
    new("substring, folded", d => Substring(d, 3)),
    new("trigrams ≥ 0.3", new Trigrams(0.3).Prepare),
    new("trigrams ≥ 0.4", new Trigrams(0.4).Prepare),
    new("trigrams ≥ 0.5", new Trigrams(0.5).Prepare),
    new("stemmer, texts made per query (as the page does)", d => Stemmer(d, ReleaseText, false)),
    new("stemmer, texts made once", d => Stemmer(d, ReleaseText, true)),
};

Measure("Directory (Kto gdzie)", postFields, directoryCandidates,
    DirectoryQueries.Rows.Select(r => (r.Query, r.Finds, r.DoesNotFind)).ToList(),
    DirectoryQueries.OtherWords.Select(r => (r.Query, r.Finds, r.DoesNotFind)).ToList(),
    name => posts.FindIndex(p => p.Post.Name == name));
Measure("Press archive", releaseFields, pressCandidates,
    PressQueries.Rows.Select(r => (r.Query, r.Finds, r.DoesNotFind)).ToList(),
    PressQueries.OtherWords.Select(r => (r.Query, r.Finds, r.DoesNotFind)).ToList(),
    title => releases.FindIndex(r => r.Title == title));

void Measure(string title, IReadOnlyList<string[]> docs, List<Candidate> candidates,
    List<(string Query, string[] Finds, string[] DoesNotFind)> rows, List<(string Query, string[] Finds, string[] DoesNotFind)> otherWords, Func<string, int> index)
{
    Console.WriteLine();
    Console.WriteLine($"## {title}: {rows.Count} queries, {rows.Sum(r => r.Finds.Length)} expected hits, {rows.Sum(r => r.DoesNotFind.Length)} must-not pairs");
    Console.WriteLine("| matcher | recall | false hits | other words | results per query | µs per query |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var candidate in candidates)
    {
        var search = candidate.Prepare(docs);
        var results = rows.Select(r => search(r.Query)).ToList();
        var found = rows.Select((r, i) => r.Finds.Count(f => results[i].Contains(index(f)))).Sum();
        var falseHits = rows.Select((r, i) => r.DoesNotFind.Count(f => results[i].Contains(index(f)))).Sum();
        var other = otherWords.Sum(r => r.Finds.Count(f => search(r.Query).Contains(index(f))));
        var missed = rows.SelectMany((r, i) => r.Finds.Where(f => !results[i].Contains(index(f))).Select(_ => r.Query)).Distinct().ToList();
        var wrong = rows.SelectMany((r, i) => r.DoesNotFind.Where(f => results[i].Contains(index(f))).Select(_ => r.Query)).Distinct().ToList();

        var queries = rows.Select(r => r.Query).ToList();
        foreach (var q in queries) search(q); // warm-up
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
            foreach (var q in queries) { search(q); count++; }
        var perQuery = watch.Elapsed.TotalMicroseconds / count;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {candidate.Name} | {found}/{rows.Sum(r => r.Finds.Length)} ({100.0 * found / rows.Sum(r => r.Finds.Length):F0} %) | {falseHits}/{rows.Sum(r => r.DoesNotFind.Length)} | {other}/{otherWords.Sum(r => r.Finds.Length)} | {results.Average(r => r.Count):F1} | {perQuery:F1} |"));
        if (options.ContainsKey("--details"))
        {
            Console.WriteLine("    missed: " + string.Join(", ", missed));
            Console.WriteLine("    false hits: " + string.Join(", ", wrong));
        }
    }
}
