using System.IO.Compression;
using System.Text;
using GlosKlienta.Domain.Files;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Domain.Tests.Files;

/// <summary>Uploaded files are told by their content; the name must agree and the caller must allow the type.</summary>
public sealed class FileTypesTests
{
    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.ASCII);
                w.Write(content);
            }
        return ms.ToArray();
    }

    private static byte[] Odt => Zip(("mimetype", FileTypes.Odt.MediaType), ("content.xml", "<office:document-content/>"));
    private static byte[] Ods => Zip(("mimetype", FileTypes.Ods.MediaType), ("content.xml", "<office:document-content/>"));
    private static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
    private static byte[] Xlsx => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    [Fact]
    public void Sniff_TellsEachKindByItsContent()
    {
        Assert.Equal(FileTypes.Pdf, FileTypes.Sniff("%PDF-1.7 ..."u8.ToArray()));
        Assert.Equal(FileTypes.Jpeg, FileTypes.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));
        Assert.Equal(FileTypes.Png, FileTypes.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal(FileTypes.Odt, FileTypes.Sniff(Odt));
        Assert.Equal(FileTypes.Ods, FileTypes.Sniff(Ods));
        Assert.Equal(FileTypes.Docx, FileTypes.Sniff(Docx));
        Assert.Equal(FileTypes.Xlsx, FileTypes.Sniff(Xlsx));
        Assert.Equal(FileTypes.Text, FileTypes.Sniff(Encoding.UTF8.GetBytes("Zażółć gęślą jaźń\r\n\tkoniec")));
    }

    [Fact]
    public void Sniff_RefusesWhatIsNoneOfThem()
    {
        Assert.Null(FileTypes.Sniff("PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.Null(FileTypes.Sniff(Zip(("readme.txt", "a plain zip"))));
        Assert.Null(FileTypes.Sniff(Zip(("mimetype", "application/x-something"), ("content.xml", "<x/>"))));
        Assert.Null(FileTypes.Sniff([0x4D, 0x5A, 0x90, 0x00, 0x03]));   // an executable header: control characters, not text
        Assert.Null(FileTypes.Sniff([0xC3, 0x28]));                      // invalid UTF-8
        Assert.Null(FileTypes.Sniff([]));
    }

    [Theory]
    [InlineData("komunikat.pdf", "%PDF-1.7", true)]
    [InlineData("Zdjęcie.JPG", "\u00FF\u00D8\u00FF\u00E0", true)]
    [InlineData("komunikat.pdf", "<html><script>", false)]
    [InlineData("obraz.png", "%PDF-1.7", false)]
    [InlineData("strona.html", "<!DOCTYPE html>", false)]
    [InlineData("notatka.txt", "zwykły tekst", false)]   // text is not an allowed press attachment
    public void Press_AcceptsOnlyAllowedContentMatchingTheName(string name, string head, bool accepted)
    {
        var bytes = head.Select(c => (byte)c).ToArray();
        Assert.Equal(accepted, AttachmentRules.Identify(name, bytes) is not null);
    }

    [Fact]
    public void Identify_ZippedOfficeFiles_NeedTheRightInside()
    {
        Assert.Equal(FileTypes.Odt, AttachmentRules.Identify("plan.odt", Odt));
        Assert.Null(AttachmentRules.Identify("plan.docx", Odt));                       // an ODT renamed .docx
        Assert.Null(AttachmentRules.Identify("plan.odt", "PK\u0003\u0004"u8.ToArray())); // a ZIP header alone
        Assert.Null(AttachmentRules.Identify("archiwum.zip", Docx));
    }

    [Fact]
    public void SafeName_DropsPathsAndControlCharacters()
    {
        Assert.Equal("raport.pdf", AttachmentRules.SafeName("..\\..\\C:/temp/ra\"port\u0001.pdf", FileTypes.Pdf));
        Assert.Equal("zalacznik.pdf", AttachmentRules.SafeName("..pdf", FileTypes.Pdf));
        Assert.Equal("Zdjęcie.jpg", AttachmentRules.SafeName("Zdjęcie.JPEG", FileTypes.Jpeg));
        Assert.Equal("pismo.txt", FileTypes.SafeName("C:\\Users\\jan\\pismo.txt"));
        Assert.Equal(200, FileTypes.SafeName(new string('a', 300) + ".pdf").Length);
        Assert.EndsWith(".pdf", FileTypes.SafeName(new string('a', 300) + ".pdf"), StringComparison.Ordinal);
    }
}
