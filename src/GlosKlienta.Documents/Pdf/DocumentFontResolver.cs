using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace GlosKlienta.Documents;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces embedded in this assembly, so PDFs look the same with or
/// without system fonts. Every family name resolves to DejaVu Sans (it covers Polish letters).
/// PDFsharp holds one resolver per process: code elsewhere that draws PDFs should call
/// <see cref="EnsureRegistered"/> instead of setting its own.
/// </summary>
public sealed class DocumentFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static void EnsureRegistered()
    {
        if (GlobalFontSettings.FontResolver is DocumentFontResolver) return;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = new DocumentFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, static name =>
    {
        using var s = typeof(DocumentFontResolver).Assembly.GetManifestResourceStream("GlosKlienta.Documents.Fonts." + name + ".ttf")
            ?? throw new InvalidOperationException("Font " + name + " is not embedded.");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    });
}
