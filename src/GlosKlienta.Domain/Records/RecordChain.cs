using System.Security.Cryptography;
using System.Text;

namespace GlosKlienta.Domain.Records;

/// <summary>
/// A hash chain over the rows of one append-only table. Row <c>n</c> (its <c>ChainSequence</c>, 1, 2, 3 … per table)
/// stores the chain hash of row <c>n - 1</c> (<c>ChainPrevious</c>; <see cref="Genesis"/> for the first) and its own
/// <c>ChainHash</c> = <see cref="Link"/>(previous, <see cref="CanonicalRecord.Encode"/> of the row, sequence included).
/// Changing a row's content breaks its own hash; rewriting the hash to match breaks the next row's link; deleting a row
/// leaves a gap in the sequence; and the head (the last row's hash) printed in a document or a backup manifest shows a
/// rewrite of the whole tail later.
/// </summary>
public static class RecordChain
{
    /// <summary>What the first row of a chain names as its previous hash.</summary>
    public const string Genesis = "";

    /// <summary>SHA-256 (lower-case hex) of the previous hash's text, a newline, and the row's canonical bytes.</summary>
    public static string Link(string previous, ReadOnlySpan<byte> canonical)
    {
        ArgumentNullException.ThrowIfNull(previous);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.ASCII.GetBytes(previous + "\n"));
        sha.AppendData(canonical);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>One hash over several chains' heads (each table, its last sequence and hash), for one line in a document.</summary>
    public static string Combined(IEnumerable<ChainHead> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var text = new StringBuilder();
        foreach (var h in heads.OrderBy(h => h.Table, StringComparer.Ordinal))
            text.Append(h.Table).Append(' ').Append(h.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(h.Hash).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The short form printed in documents: the first 16 hex digits.</summary>
    public static string Abbreviated(string hash) => hash.Length <= 16 ? hash : hash[..16];
}

/// <summary>The last row of a chain: its table, sequence (0 for an empty table) and hash (<see cref="RecordChain.Genesis"/> when empty).</summary>
public sealed record ChainHead(string Table, long Sequence, string Hash, string? RowId);

/// <summary>A stored row as the verifier reads it: its key, its chain columns and its canonical bytes recomputed now.</summary>
public sealed record ChainRow(string RowId, long? Sequence, string? Previous, string? Hash, byte[] Canonical);

public enum ChainBreakKind
{
    /// <summary>The row's content (or its own stored hash) is not what was sealed: it was changed after it was written.</summary>
    ContentChanged,
    /// <summary>The row is intact in itself, but names another previous hash than the row before it has: rows were rewritten or replaced.</summary>
    LinkBroken,
    /// <summary>A sequence number is missing: a row was deleted.</summary>
    RowMissing,
    /// <summary>The row carries no chain columns: it was written past the application.</summary>
    NotInChain,
}

/// <summary>The first place a chain does not hold.</summary>
public sealed record ChainBreak(ChainBreakKind Kind, string Table, string? RowId, long? Sequence, string Detail);

/// <summary>
/// Walks one table's rows in sequence order and stops at the first break. Feed it every sealed row in ascending
/// <see cref="ChainRow.Sequence"/> order, then the rows without a sequence; <see cref="Head"/> is the last good row.
/// </summary>
public sealed class ChainVerifier(string table)
{
    private long expected = 1;
    private string previous = RecordChain.Genesis;
    private string? previousRowId;

    public string Table => table;

    public ChainBreak? Break { get; private set; }

    public long Rows { get; private set; }

    public ChainHead Head => new(table, expected - 1, previous, previousRowId);

    /// <summary>Checks one more row; returns false once the chain has broken (further rows are not looked at).</summary>
    public bool Next(ChainRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Break is not null) return false;
        Rows++;
        if (row.Sequence is not { } sequence || row.Hash is null || row.Previous is null)
            return Fail(ChainBreakKind.NotInChain, row, "wiersz bez pieczęci łańcucha (dopisany z pominięciem aplikacji)");
        if (sequence > expected)
            return Fail(ChainBreakKind.RowMissing, row, expected == sequence - 1
                ? $"brak wiersza nr {expected} łańcucha (usunięty) przed tym wierszem"
                : $"brak wierszy nr {expected}–{sequence - 1} łańcucha (usunięte) przed tym wierszem");
        if (sequence < expected)
            return Fail(ChainBreakKind.LinkBroken, row, $"numer {sequence} łańcucha powtórzony");
        if (!string.Equals(RecordChain.Link(row.Previous, row.Canonical), row.Hash, StringComparison.Ordinal))
            return Fail(ChainBreakKind.ContentChanged, row, "treść wiersza różni się od zapieczętowanej");
        if (!string.Equals(row.Previous, previous, StringComparison.Ordinal))
            return Fail(ChainBreakKind.LinkBroken, row, "wiersz nie wskazuje skrótu poprzedniego wiersza łańcucha");
        previous = row.Hash;
        previousRowId = row.RowId;
        expected++;
        return true;
    }

    private bool Fail(ChainBreakKind kind, ChainRow row, string detail)
    {
        Break = new ChainBreak(kind, table, row.RowId, row.Sequence, detail);
        return false;
    }
}
