using GlosKlienta.Domain.Survey;
using Microsoft.AspNetCore.Localization;

namespace GlosKlienta.Web.Features.Languages;

/// <summary>A language the public pages are offered in: its code (the URL prefix and the <c>lang</c> attribute), its culture, and its own name.</summary>
public sealed record SiteLanguage(string Code, CultureInfo Culture, string Name);

/// <summary>
/// The public pages in Polish, Ukrainian and English. The language is in the address: Polish has none (<c>/ankieta</c>),
/// the others a first segment (<c>/uk/ankieta</c>, <c>/en/ankieta</c>). The prefix becomes the request's path base, so
/// every link the site makes with <c>~/</c> or from a page name keeps the language without knowing about it, and a
/// bookmark or a shared link opens in the language it was made in. Staff pages stay Polish: a prefixed staff address
/// redirects to its Polish one.
/// </summary>
public static class SiteLanguages
{
    public static readonly SiteLanguage Polish = new(SurveyTranslations.Polish, CultureInfo.GetCultureInfo("pl-PL"), "Polski");
    public static readonly SiteLanguage Ukrainian = new("uk", CultureInfo.GetCultureInfo("uk-UA"), "Українська");
    public static readonly SiteLanguage English = new("en", CultureInfo.GetCultureInfo("en-GB"), "English");

    /// <summary>In the order the switch shows them.</summary>
    public static readonly IReadOnlyList<SiteLanguage> All = [Polish, Ukrainian, English];

    /// <summary>Addresses that never take a language: the staff workspace and accounts, and the kiosk's enrolment by a link.</summary>
    private static readonly string[] PolishOnly = ["/personel", "/konto", "/konfiguracja", "/kiosk/rejestracja"];

    private const string ItemKey = "site-language";

    /// <summary>The language of this request (Polish unless the address carries another).</summary>
    public static SiteLanguage Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is SiteLanguage language ? language : Polish;

    /// <summary>Culture for the request, from the address only: the same address reads the same for everyone.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Polish.Culture);
        options.SupportedCultures = All.Select(l => l.Culture).ToList();
        options.SupportedUICultures = All.Select(l => l.Culture).ToList();
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Of(context).Culture.Name))),
        ];
    }

    /// <summary>The address of this page in <paramref name="language"/>, query included (a page of results keeps its filter).</summary>
    public static string AddressIn(HttpContext context, SiteLanguage language)
    {
        var request = context.Request;
        var basePath = BaseWithoutLanguage(context);
        var prefix = language == Polish ? "" : "/" + language.Code;
        var path = request.Path.HasValue && request.Path.Value != "/" ? request.Path.Value : (prefix.Length > 0 ? "" : "/");
        return basePath + prefix + path + request.QueryString;
    }

    /// <summary>The application's own path base without the language: for the kiosk, whose every new person starts in Polish.</summary>
    public static string BaseWithoutLanguage(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var language = Of(context);
        return language == Polish ? pathBase : pathBase[..^(language.Code.Length + 1)];
    }

    /// <summary>Takes the language prefix off the address into the path base, for everything after it (errors included).</summary>
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var language = All.Skip(1).FirstOrDefault(l => request.Path.StartsWithSegments("/" + l.Code, StringComparison.Ordinal, out _));
        if (language is null)
        {
            await next(context);
            return;
        }
        request.Path.StartsWithSegments("/" + language.Code, StringComparison.Ordinal, out var rest);
        if (PolishOnly.Any(p => rest.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(request.PathBase + rest + request.QueryString);
            return;
        }
        var originalBase = request.PathBase;
        var originalPath = request.Path;
        request.PathBase = originalBase.Add("/" + language.Code);
        request.Path = rest.HasValue ? rest : "/";
        context.Items[ItemKey] = language;
        try
        {
            await next(context);
        }
        finally
        {
            request.PathBase = originalBase;
            request.Path = originalPath;
        }
    }
}
