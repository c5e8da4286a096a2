namespace GlosKlienta.Web.Features.Register;

public static class RegisterForms
{
    public static bool IsEmail(string s) =>
        s.Length <= 254 && s.IndexOf('@', StringComparison.Ordinal) > 0 && System.Net.Mail.MailAddress.TryCreate(s, out var a) && a.Address == s;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
