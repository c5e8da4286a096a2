namespace GlosKlienta.Web.Features;

/// <summary>Problems of one form post: each tied to the id of the field it is about (empty for the form as a whole).</summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> items = [];

    public IReadOnlyList<(string Field, string Message)> All => items;
    public bool Any => items.Count > 0;

    public void Add(string field, string message) => items.Add((field, message));

    public string? For(string field) => items.Where(i => i.Field == field).Select(i => i.Message).FirstOrDefault();

    public static string ErrorId(string field) => field + "-blad";
}
