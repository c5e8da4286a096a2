using System.Net.Mail;

namespace GlosKlienta.Web.Features.Press;

/// <summary>The fields of a media contact as typed; at least one way to reach the person, and the purpose stated.</summary>
public sealed class ContactForm
{
    public string? Name { get; set; }
    public string? Outlet { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Purpose { get; set; }

    public static ContactForm From(MediaContact c) => new() { Name = c.Name, Outlet = c.Outlet, Email = c.Email, Phone = c.Phone, Purpose = c.Purpose };

    public bool TryApply(MediaContact contact, FormErrors errors, IStringLocalizer text)
    {
        var name = (Name ?? "").Trim();
        var outlet = (Outlet ?? "").Trim();
        var email = (Email ?? "").Trim();
        var phone = (Phone ?? "").Trim();
        var purpose = (Purpose ?? "").Trim();
        if (name.Length is 0 or > 200) errors.Add("Name", text["Press.Contact.Error.Name"]);
        if (outlet.Length is 0 or > 200) errors.Add("Outlet", text["Press.Contact.Error.Outlet"]);
        if (email.Length > 0 && (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            errors.Add("Email", text["Press.Contact.Error.Email"]);
        if (phone.Length > 0 && (phone.Length > 40 || !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')')))
            errors.Add("Phone", text["Press.Contact.Error.Phone"]);
        if (email.Length == 0 && phone.Length == 0) errors.Add("Email", text["Press.Contact.Error.NoWay"]);
        if (purpose.Length is 0 or > 1000) errors.Add("Purpose", text["Press.Contact.Error.Purpose"]);
        if (errors.Any) return false;
        contact.Name = name;
        contact.Outlet = outlet;
        contact.Email = email.Length == 0 ? null : email;
        contact.Phone = phone.Length == 0 ? null : phone;
        contact.Purpose = purpose;
        return true;
    }
}
