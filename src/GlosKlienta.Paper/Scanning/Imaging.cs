using System.Runtime.InteropServices;
using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace GlosKlienta.Paper.Scanning;

/// <summary>JPEG and PNG through SkiaSharp (libjpeg-turbo, libpng): decode straight to grey, encode a crop as PNG.</summary>
internal static class Imaging
{
    public static GreyImage DecodeGrey(byte[] bytes, double? dpi)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("Not an image Skia can decode.");
        int w = codec.Info.Width, h = codec.Info.Height;
        if ((long)w * h > 100_000_000) throw new InvalidDataException("The image is too large.");
        var pixels = new byte[w * h];
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            var r = codec.GetPixels(new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque), handle.AddrOfPinnedObject());
            if (r is SKCodecResult.Success or SKCodecResult.IncompleteInput) return new GreyImage(w, h, pixels, dpi);
        }
        finally
        {
            handle.Free();
        }
        // Colour PNGs (and whatever else Skia will not turn grey itself): decode to RGBA, then to grey.
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var rr = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (rr is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) throw new InvalidDataException("The image cannot be decoded: " + rr);
        var rgba = bitmap.GetPixelSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            int a = rgba[4 * i + 3];
            int g = (rgba[4 * i] * 77 + rgba[4 * i + 1] * 150 + rgba[4 * i + 2] * 29) >> 8;
            pixels[i] = (byte)((g * a + 255 * (255 - a)) / 255);
        }
        return new GreyImage(w, h, pixels, dpi);
    }

    public static byte[] EncodePng(byte[] pixels, int w, int h) => Encode(pixels, w, h, SKEncodedImageFormat.Png, 100);

    public static byte[] Encode(byte[] pixels, int w, int h, SKEncodedImageFormat format, int quality)
    {
        var info = new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque);
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), w);
            using var data = pixmap.Encode(format, quality) ?? throw new InvalidOperationException("Encoding failed.");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    public static void Invert(byte[] px)
    {
        for (int i = 0; i < px.Length; i++) px[i] = (byte)(255 - px[i]);
    }
}

/// <summary>TIFF pages and CCITT fax data through LibTiff.NET (managed).</summary>
internal static class TiffImaging
{
    public static GreyImage ReadCurrent(Tiff t)
    {
        int w = t.GetField(TiffTag.IMAGEWIDTH)[0].ToInt();
        int h = t.GetField(TiffTag.IMAGELENGTH)[0].ToInt();
        if ((long)w * h > 100_000_000 || w <= 0 || h <= 0) throw new InvalidDataException("The TIFF page's size is not sensible.");
        int bps = t.GetField(TiffTag.BITSPERSAMPLE)?[0].ToInt() ?? 1;
        int spp = t.GetField(TiffTag.SAMPLESPERPIXEL)?[0].ToInt() ?? 1;
        var photo = (Photometric)(t.GetField(TiffTag.PHOTOMETRIC)?[0].ToInt() ?? 0);
        double? dpi = null;
        if (t.GetField(TiffTag.XRESOLUTION) is { } xr)
        {
            var unit = (ResUnit)(t.GetField(TiffTag.RESOLUTIONUNIT)?[0].ToInt() ?? 2);
            double v = xr[0].ToDouble();
            dpi = unit == ResUnit.CENTIMETER ? v * 2.54 : v;
            if (dpi is <= 0 or > 2400) dpi = null;
        }
        var px = new byte[w * h];
        if (!t.IsTiled() && spp == 1 && (bps is 1 or 8) && (photo is Photometric.MINISWHITE or Photometric.MINISBLACK))
        {
            var line = new byte[t.ScanlineSize()];
            bool whiteIsZero = photo == Photometric.MINISWHITE;
            for (int y = 0; y < h; y++)
            {
                if (!t.ReadScanline(line, y)) throw new InvalidDataException("The TIFF page is damaged.");
                int o = y * w;
                if (bps == 8)
                    for (int x = 0; x < w; x++) px[o + x] = whiteIsZero ? (byte)(255 - line[x]) : line[x];
                else
                    for (int x = 0; x < w; x++)
                    {
                        bool one = (line[x >> 3] & (0x80 >> (x & 7))) != 0;
                        px[o + x] = one ^ whiteIsZero ? (byte)255 : (byte)0;
                    }
            }
            return new GreyImage(w, h, px, dpi);
        }
        var rgba = new int[w * h];
        if (!t.ReadRGBAImageOriented(w, h, rgba, Orientation.TOPLEFT)) throw new InvalidDataException("The TIFF page cannot be decoded.");
        for (int i = 0; i < px.Length; i++)
        {
            int c = rgba[i];
            px[i] = (byte)(((c & 0xFF) * 77 + ((c >> 8) & 0xFF) * 150 + ((c >> 16) & 0xFF) * 29) >> 8);
        }
        return new GreyImage(w, h, px, dpi);
    }

    /// <summary>A PDF's CCITT data wrapped as a one-strip TIFF and decoded by LibTiff.</summary>
    public static GreyImage DecodeFax(EncodedPage.Fax fax)
    {
        using var ms = new MemoryStream();
        using (var w = Tiff.ClientOpen("fax", "w", ms, new TiffStream()) ?? throw new InvalidDataException("TIFF wrapper failed."))
        {
            w.SetField(TiffTag.IMAGEWIDTH, fax.Columns);
            w.SetField(TiffTag.IMAGELENGTH, fax.Rows);
            w.SetField(TiffTag.BITSPERSAMPLE, 1);
            w.SetField(TiffTag.SAMPLESPERPIXEL, 1);
            w.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
            w.SetField(TiffTag.FILLORDER, FillOrder.MSB2LSB);
            w.SetField(TiffTag.ROWSPERSTRIP, fax.Rows);
            w.SetField(TiffTag.COMPRESSION, fax.K < 0 ? Compression.CCITTFAX4 : Compression.CCITTFAX3);
            if (fax.K >= 0)
                w.SetField(TiffTag.T4OPTIONS, (fax.K > 0 ? Group3Opt.ENCODING2D : 0) | (fax.ByteAlign ? Group3Opt.FILLBITS : 0));
            w.WriteRawStrip(0, fax.Data, fax.Data.Length);
            w.WriteDirectory();
        }
        // LibTiff closes the stream it wrote: read from a new one over the same bytes.
        using var written = new MemoryStream(ms.ToArray());
        using var r = Tiff.ClientOpen("fax", "r", written, new TiffStream()) ?? throw new InvalidDataException("TIFF wrapper failed.");
        var g = ReadCurrent(r);
        if (fax.BlackIs1) Imaging.Invert(g.Pixels);
        return g with { Dpi = fax.Dpi };
    }
}
