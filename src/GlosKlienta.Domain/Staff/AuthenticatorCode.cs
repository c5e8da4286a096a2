using System.Globalization;
using System.Security.Cryptography;

namespace GlosKlienta.Domain.Staff;

public enum AuthenticatorCodeCheck
{
    Accepted,
    /// <summary>The code is right but its time step was used already: someone (perhaps a looker-on) typed it before.</summary>
    Replayed,
    Wrong,
}

/// <param name="Step">The time step the accepted code belongs to, to be remembered as the last one used; 0 otherwise.</param>
public readonly record struct AuthenticatorCodeResult(AuthenticatorCodeCheck Check, long Step);

/// <summary>
/// The six-digit codes of an authenticator app (TOTP, RFC 6238: HMAC-SHA1 over the number of 30-second steps since 1970),
/// each usable once: a code is taken only for a step later than the last step accepted for the account, so a code seen
/// over a shoulder or in a proxy's log cannot be typed again while it is still valid. Pure.
/// </summary>
public static class AuthenticatorCode
{
    public const int StepSeconds = 30;

    /// <summary>
    /// Steps either side of now whose codes are taken, as ASP.NET Core Identity's own authenticator provider does
    /// (90 s each way): a phone's clock may be off, and a person types the code some seconds after reading it.
    /// </summary>
    public const int Window = 2;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code an app shows during <paramref name="step"/> for <paramref name="key"/> (six digits, leading zeros kept).</summary>
    public static string Compute(ReadOnlySpan<byte> key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        // SHA-1 is what RFC 6238 and every authenticator app use for these codes; it is not a choice made here.
#pragma warning disable CA5350
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Checks <paramref name="code"/> against the steps of the window around <paramref name="currentStep"/>, refusing any
    /// step at or before <paramref name="lastAcceptedStep"/>.
    /// </summary>
    public static AuthenticatorCodeResult Check(ReadOnlySpan<byte> key, string? code, long currentStep, long? lastAcceptedStep)
    {
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit)) return new(AuthenticatorCodeCheck.Wrong, 0);
        var replayed = false;
        for (var step = currentStep - Window; step <= currentStep + Window; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Compute(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
                continue;
            if (step <= lastAcceptedStep)
            {
                replayed = true;
                continue;
            }
            return new(AuthenticatorCodeCheck.Accepted, step);
        }
        return new(replayed ? AuthenticatorCodeCheck.Replayed : AuthenticatorCodeCheck.Wrong, 0);
    }

    /// <summary>The key bytes of a Base32 key as apps take it (RFC 4648 alphabet; case, spaces and padding ignored); null when it is not Base32.</summary>
    public static byte[]? FromBase32(string? key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>((key?.Length ?? 0) * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key ?? "")
        {
            if (c is ' ' or '=') continue;
            var value = alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0) return null;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return bytes.Count == 0 ? null : bytes.ToArray();
    }
}
