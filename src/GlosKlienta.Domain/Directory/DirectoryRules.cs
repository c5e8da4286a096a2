using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GlosKlienta.Domain.Directory;

/// <summary>Checks of what staff type into the directory, and the rules of printed copies.</summary>
public static partial class DirectoryRules
{
    public const int NameMaxLength = 200;
    public const int TasksMaxLength = 4000;
    public const int PhonesMaxLength = 200;
    public const int EmailMaxLength = 200;
    public const int RoomNumberMaxLength = 20;
    public const int PersonNameMaxLength = 100;
    public const int MinFloor = -2;
    public const int MaxFloor = 10;

    [GeneratedRegex(@"^[0-9+()\-\s./,]*(wew\.?\s*[0-9]+)?[0-9+()\-\s./,]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9]{1,4}[A-Za-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomPattern();

    /// <summary>Telephone numbers of a post: digits with spaces, dashes, "+", brackets, commas between numbers and "wew." for an extension; at least 7 digits.</summary>
    public static bool IsValidPhones(string phones) =>
        PhonePattern().IsMatch(phones) && phones.Count(char.IsAsciiDigit) >= 7;

    public static bool IsValidEmail(string email) => EmailPattern().IsMatch(email);

    /// <summary>
    /// Each number of a post's phones with its <c>tel:</c> address (RFC 3966), so a phone can call it: a Polish number of
    /// nine digits gets +48, "wew. 12" becomes ";ext=12", a number already with +/00 keeps its country.
    /// </summary>
    public static IReadOnlyList<(string Text, string Tel)> PhoneLinks(string phones)
    {
        ArgumentNullException.ThrowIfNull(phones);
        var links = new List<(string, string)>();
        foreach (var part in phones.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ext = part.IndexOf("wew", StringComparison.OrdinalIgnoreCase);
            var number = ext < 0 ? part : part[..ext];
            var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length < 7) continue;
            var tel = number.TrimStart().StartsWith('+') ? "+" + digits
                : digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..]
                : digits.Length == 9 ? "+48" + digits : digits;
            if (ext >= 0 && new string(part[ext..].Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } extension) tel += ";ext=" + extension;
            links.Add((part, "tel:" + tel));
        }
        return links;
    }

    /// <summary>A room number as it is on the door: "12", "104", "3a".</summary>
    public static bool IsValidRoomNumber(string number) => RoomPattern().IsMatch(number);

    public static bool IsValidFloor(int floor) => floor is >= MinFloor and <= MaxFloor;

    /// <summary>Opening hours of one day: both times, opening before closing.</summary>
    public static bool IsValidHours(TimeOnly opens, TimeOnly closes) => opens < closes;

    /// <summary>The fingerprint of a printed text: SHA-256 of its UTF-8 bytes, in hex.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A printed copy is out of date when it was printed and what would be printed today differs from it.</summary>
    public static bool IsOutOfDate(string? printedHash, string currentHash) =>
        printedHash is not null && !string.Equals(printedHash, currentHash, StringComparison.Ordinal);

    /// <summary>
    /// The copy of the directory that was valid on <paramref name="day"/>: the last one recorded on or before
    /// that day (copies are recorded in order; several on one day keep the last). Null before the first.
    /// </summary>
    public static T? StateOn<T>(IEnumerable<T> copies, Func<T, DateOnly> recordedOn, Func<T, long> order, DateOnly day) where T : class =>
        copies.Where(c => recordedOn(c) <= day).OrderBy(recordedOn).ThenBy(order).LastOrDefault();
}
