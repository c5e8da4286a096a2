using System.Runtime.CompilerServices;
using System.Text;

namespace GlosKlienta.Domain.Survey;

/// <summary>
/// The stored form of a response's choices, and its one writer and its readers:
/// <c>plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5</c>. A pair is a key (a
/// question code, or "question.item") and its values (option codes or a scale value), pairs are
/// separated by ';', values by ','. Keys and values are codes (<see cref="SurveyDefinition"/>'s
/// code pattern), so nothing needs escaping.
/// <para>
/// Malformed input, decided once for every reader: the writer refuses a key or value that is not a
/// code, so a malformed pair can only come from a hand edit of the database. Readers never throw on
/// one: an empty segment (<c>;;</c>, a trailing <c>;</c>) is nothing, and a segment without a key
/// before its '=' (<c>plec</c>, <c>=kobieta</c>) is left out and counted as malformed, so that one
/// damaged row can neither stop a half-year's report nor be read as an answer.
/// </para>
/// </summary>
public static class StoredChoices
{
    /// <summary>One pair as stored: the key and its values in the order written.</summary>
    public sealed record Pair(string Key, IReadOnlyList<string> Values);

    /// <summary>The stored form of <paramref name="choices"/>, keys in the order given (the definition's).</summary>
    /// <exception cref="ArgumentException">A key or value is empty or holds ';', ',' or '='.</exception>
    public static string Encode(IReadOnlyDictionary<string, IReadOnlyList<string>> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var sb = new StringBuilder(128);
        foreach (var (key, values) in choices)
        {
            CheckCode(key, allowDot: true);
            foreach (var v in values) CheckCode(v, allowDot: false);
            if (sb.Length > 0) sb.Append(';');
            sb.Append(key).Append('=').AppendJoin(',', values);
        }
        return sb.ToString();

        static void CheckCode(string code, bool allowDot)
        {
            if (string.IsNullOrEmpty(code) || code.AsSpan().IndexOfAny(";,=") >= 0 || (!allowDot && code.Contains('.', StringComparison.Ordinal)))
                throw new ArgumentException($"'{code}' is not a code that can be stored as an answer.", nameof(choices));
        }
    }

    /// <summary>The pairs in stored order (a key may repeat), with the number of malformed segments left out.</summary>
    public static IReadOnlyList<Pair> Pairs(string? encoded, out int malformed)
    {
        malformed = 0;
        var pairs = new List<Pair>();
        if (string.IsNullOrEmpty(encoded)) return pairs;
        foreach (var segment in encoded.Split(';'))
        {
            if (segment.Length == 0) continue;
            var eq = segment.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                malformed++;
                continue;
            }
            pairs.Add(new Pair(segment[..eq], segment[(eq + 1)..].Split(',')));
        }
        return pairs;
    }

    /// <summary>The choices by key (a repeated key: its last pair), malformed segments left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Decode(string? encoded) => Decode(encoded, out _);

    /// <inheritdoc cref="Decode(string?)"/>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Decode(string? encoded, out int malformed)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var pair in Pairs(encoded, out malformed)) result[pair.Key] = pair.Values;
        return result;
    }

    /// <summary>
    /// What a byte-level reader (<see cref="Scan{TSink}"/>) reports to: the F2 tally, which counts a
    /// million stored rows without making a string. A struct, so the calls are inlined.
    /// </summary>
    public interface ISink
    {
        /// <summary>The key that <paramref name="rest"/> starts with, with its '=': a slot ≥ 0 and its length including the '='; −1 when the key is not one the sink reads.</summary>
        int MatchKey(ReadOnlySpan<byte> rest, out int length);
        /// <summary>Whether the values of <paramref name="slot"/> are a scale value (read whole, up to ';') rather than option codes.</summary>
        bool IsScale(int slot);
        /// <summary>The scale value of a pair, as its bytes up to ';' (may be empty or hold commas).</summary>
        void Scale(int slot, ReadOnlySpan<byte> value);
        /// <summary>The option of <paramref name="slot"/> whose code <paramref name="rest"/> starts with, followed by ',' or ';' or the end; −1 when none.</summary>
        int MatchOption(int slot, ReadOnlySpan<byte> rest, out int length);
        void Option(int slot, int option);
        /// <summary>A value that is no option of its key (an empty value counts unless it is the last of its pair).</summary>
        void Unknown(int slot);
        /// <summary>A non-empty segment with no key before its '='.</summary>
        void Malformed();
    }

    /// <summary>
    /// Reads the stored UTF-8 bytes pair by pair and value by value, reporting to <paramref name="sink"/>;
    /// the same reading as <see cref="Pairs"/> (proven equal by the tally's tests), without a string.
    /// Keys the sink does not know are passed over; malformed segments reported.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan<TSink>(ReadOnlySpan<byte> stored, ref TSink sink) where TSink : struct, ISink
    {
        var rest = stored;
        while (rest.Length > 0)
        {
            int slot = sink.MatchKey(rest, out int keyLength);
            if (slot < 0)
            {
                int semi = rest.IndexOf((byte)';');
                var segment = semi < 0 ? rest : rest[..semi];
                if (segment.Length > 0 && segment.IndexOf((byte)'=') <= 0) sink.Malformed();
                if (semi < 0) break;
                rest = rest[(semi + 1)..];
                continue;
            }
            rest = rest[keyLength..];
            if (sink.IsScale(slot))
            {
                int end = rest.Length == 1 || (rest.Length > 1 && rest[1] == (byte)';') ? 1 : rest.IndexOf((byte)';');
                if (end < 0) end = rest.Length;
                sink.Scale(slot, rest[..end]);
                rest = end < rest.Length ? rest[(end + 1)..] : default;
                continue;
            }
            while (true)
            {
                int option = sink.MatchOption(slot, rest, out int codeLength);
                if (option < 0)
                {
                    codeLength = rest.IndexOfAny((byte)',', (byte)';');
                    if (codeLength < 0) codeLength = rest.Length;
                    // An empty code counts as unknown only before a comma, as a split on ',' sees it.
                    if (codeLength > 0 || (codeLength < rest.Length && rest[codeLength] == (byte)',')) sink.Unknown(slot);
                }
                else sink.Option(slot, option);
                rest = rest[codeLength..];
                if (rest.Length == 0) break;
                byte delimiter = rest[0];
                rest = rest[1..];
                if (delimiter == (byte)';') break;
            }
        }
    }
}
