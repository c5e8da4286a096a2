namespace GlosKlienta.Bench.Search;

/// <summary>
/// One way of searching, measured on the same documents: <c>Prepare</c> reads the documents (each a
/// list of field texts, most important first) and returns the search, which gives the indexes of the
/// matching documents, best first.
/// </summary>
public sealed record Candidate(string Name, Func<IReadOnlyList<string[]>, Func<string, IReadOnlyList<int>>> Prepare);
