using AngleSharp;

namespace GlosKlienta.Web.Tests.Infrastructure;

public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(content).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>The hidden fields of the first POST form (antiforgery token, survey version, submission key, ...).</summary>
    public static Dictionary<string, string> HiddenFields(IHtmlDocument document, string formSelector = "form[method=post]")
    {
        var form = document.QuerySelectorAll<IHtmlFormElement>(formSelector).Last();
        return form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
    }

    public static bool IsChecked(IHtmlDocument document, string name, string value) =>
        document.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").Any(i => i.Value == value && i.IsChecked);

    public static string? TextValue(IHtmlDocument document, string name)
    {
        var element = document.QuerySelector($"[name='{name}']");
        return element switch
        {
            IHtmlTextAreaElement t => t.Value,
            IHtmlInputElement i => i.Value,
            _ => null,
        };
    }
}
