using System.IO.Compression;

namespace GlosKlienta.Documents;

/// <summary>
/// A zip written in one pass with fixed timestamps (from the document's CreatedAt) and entries in
/// the order they are added, so the same content gives the same bytes. When the output cannot seek
/// (an HTTP response) the zip goes through a temporary file, which keeps memory flat for big exports
/// and lets every entry carry its sizes in the local header (ODF wants that for the mimetype).
/// </summary>
internal sealed class Zip : IDisposable
{
    private readonly Stream output;
    private readonly FileStream? temp;
    private readonly ZipArchive archive;
    private readonly DateTimeOffset time;

    public Zip(Stream output, DateTimeOffset createdAt)
    {
        this.output = output;
        if (!output.CanSeek)
            temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        archive = new ZipArchive(temp ?? output, ZipArchiveMode.Create, leaveOpen: true);
        var utc = createdAt.ToUniversalTime();
        time = utc.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : new DateTimeOffset(utc.DateTime, TimeSpan.Zero);
    }

    public Stream Add(string name, bool stored = false)
    {
        var entry = archive.CreateEntry(name, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        entry.LastWriteTime = time;
        return entry.Open();
    }

    public void Add(string name, string text, bool stored = false)
    {
        using var s = Add(name, stored);
        s.Write(new System.Text.UTF8Encoding(false).GetBytes(text));
    }

    public void Add(string name, byte[] data, bool stored = false)
    {
        using var s = Add(name, stored);
        s.Write(data);
    }

    public void Dispose()
    {
        archive.Dispose();
        if (temp is not null)
        {
            temp.Position = 0;
            temp.CopyTo(output);
            temp.Dispose();
        }
    }
}
