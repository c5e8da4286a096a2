
namespace GlosKlienta.Web.Features.Register;

public static class CaseNumbers
{
    public static string Format(int number, int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{number}/{year}");

    /// <summary>"12/2026" (spaces allowed) to its parts.</summary>
    public static (int Number, int Year)? Parse(string? text)
    {
        var parts = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            ? (n, y) : null;
    }
}
