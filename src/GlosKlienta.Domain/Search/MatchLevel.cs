namespace GlosKlienta.Domain.Search;

/// <summary>How well one query word matched a text, best last; a result's rank adds these up.</summary>
public enum MatchLevel
{
    None = 0,
    /// <summary>An action's stem after a verbal prefix: "meldunek" in "zameldowania".</summary>
    AfterPrefix = 1,
    /// <summary>The query's stem begins a word or its stem: "podatek" in "podatkowej", "ewiden" in "ewidencji".</summary>
    Prefix = 2,
    /// <summary>Another form of the same word: "podatku" for "podatków".</summary>
    SameStem = 3,
    /// <summary>The word as typed, ignoring case and diacritics.</summary>
    Exact = 4,
}
