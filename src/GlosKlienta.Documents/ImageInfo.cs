using System.Buffers.Binary;

namespace GlosKlienta.Documents;

/// <summary>Pixel size of PNG and JPEG data, read from the headers (the document formats need the aspect ratio).</summary>
internal static class ImageInfo
{
    public static (int Width, int Height)? Size(byte[] data)
    {
        if (data.Length >= 24 && data[0] == 0x89 && data[1] == (byte)'P' && data[2] == (byte)'N' && data[3] == (byte)'G')
            return (BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20)));
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            int i = 2;
            while (i + 9 < data.Length)
            {
                if (data[i] != 0xFF) { i++; continue; }
                byte marker = data[i + 1];
                if (marker == 0xD8 || marker == 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
                int len = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
                if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                    return (BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 5)));
                i += 2 + len;
            }
        }
        return null;
    }

    public static bool IsJpeg(Image i) => i.MediaType.Contains("jpeg", StringComparison.OrdinalIgnoreCase) || i.MediaType.Contains("jpg", StringComparison.OrdinalIgnoreCase);
}
