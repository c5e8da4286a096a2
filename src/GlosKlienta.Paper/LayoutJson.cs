using System.Text.Json;
using System.Text.Json.Serialization;

namespace GlosKlienta.Paper;

/// <summary>
/// The layout contract for anyone checking a reader (<c>forms layout</c>):
/// <c>{"pageWidthMm", "pageHeightMm", "pages": [{"page": 1, "boxes": [{"key","xMm","yMm","wMm","hMm"}], "texts": [{"key","xMm","yMm","wMm","hMm"}]}]}</c>,
/// positions in millimetres from the page's top-left corner, rounded to 0.01 mm.
/// </summary>
public static class LayoutJson
{
    private sealed record Area(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("xMm")] double XMm,
        [property: JsonPropertyName("yMm")] double YMm,
        [property: JsonPropertyName("wMm")] double WMm,
        [property: JsonPropertyName("hMm")] double HMm);

    private sealed record Page(
        [property: JsonPropertyName("page")] int Number,
        [property: JsonPropertyName("boxes")] IReadOnlyList<Area> Boxes,
        [property: JsonPropertyName("texts")] IReadOnlyList<Area> Texts);

    private sealed record Contract(
        [property: JsonPropertyName("pageWidthMm")] double PageWidthMm,
        [property: JsonPropertyName("pageHeightMm")] double PageHeightMm,
        [property: JsonPropertyName("pages")] IReadOnlyList<Page> Pages);

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(FormLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var contract = new Contract(FormLayout.PageWidthMm, FormLayout.PageHeightMm, layout.Pages.Select(p => new Page(
            p.Page,
            p.Boxes.Select(b => Of(b.Key, b.Rect)).ToList(),
            p.Texts.Select(t => Of(t.Key, t.Rect)).ToList())).ToList());
        return JsonSerializer.Serialize(contract, Options);
    }

    private static Area Of(string key, MmRect r) => new(key, Math.Round(r.X, 2), Math.Round(r.Y, 2), Math.Round(r.W, 2), Math.Round(r.H, 2));
}
