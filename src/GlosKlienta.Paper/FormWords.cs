using System.Globalization;
using System.Resources;

namespace GlosKlienta.Paper;

/// <summary>The printed form's own words (page numbers, the marking instruction), in the form's language, from FormWords.resx.</summary>
internal static class FormWords
{
    private static readonly ResourceManager Resources = new("GlosKlienta.Paper.FormWords", typeof(FormWords).Assembly);

    public static string Get(string name, string language, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var text = Resources.GetString(name, culture) ?? throw new InvalidOperationException($"FormWords has no '{name}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
