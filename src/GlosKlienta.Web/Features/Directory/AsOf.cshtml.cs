using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>"Stan na dzień": the directory as it stood at the end of a chosen day, rebuilt from its dated copies.</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class AsOfModel(DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public string? Day { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Error { get; private set; }
    public DirectoryState? State { get; private set; }
    public DirectorySnapshot? Copy { get; private set; }

    public async Task OnGetAsync(string? dzien, CancellationToken cancellationToken)
    {
        Day = dzien;
        if (string.IsNullOrWhiteSpace(dzien)) { Error = text["Directory.AsOf.Missing"]; return; }
        if (!DateOnly.TryParseExact(dzien.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error = text["Directory.AsOf.Invalid"];
            return;
        }
        Date = date;
        var found = await store.OnAsync(date, cancellationToken);
        if (found is null) { Error = text["Directory.AsOf.BeforeFirst"]; return; }
        (State, Copy) = found.Value;
    }
}
