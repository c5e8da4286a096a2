using GlosKlienta.Documents;
using Document = GlosKlienta.Documents.Document;

namespace GlosKlienta.Web.Tests.Register.Letters;

/// <summary>The words of a <see cref="Document"/> in block order, to check a builder without a renderer.</summary>
public static class DocumentText
{
    public static string Of(Document document) => string.Join("\n", document.Blocks.Select(Of));

    private static string Of(Block block) => block switch
    {
        Heading h => h.Text,
        Paragraph p => string.Concat(p.Runs.Select(r => r.Text)),
        BulletList l => string.Join("\n", l.Items),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        FieldToComplete f => f.Label + ": " + f.Value,
        SignatureLines s => string.Join(" ", s.Labels),
        _ => "",
    };
}
