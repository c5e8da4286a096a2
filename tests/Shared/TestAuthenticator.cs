using System.Globalization;
using System.Security.Cryptography;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Tests.Shared;

/// <summary>
/// An authenticator app for test accounts: the codes are computed here, independently of the application (RFC 6238:
/// HMAC-SHA1, 30-second steps, six digits), from the key the account was given. Compiled into the web and browser tests.
/// </summary>
public static class TestAuthenticator
{
    /// <summary>The code an app shows at <paramref name="at"/> (now by default) for a Base32 key.</summary>
    public static string Code(string base32Key, DateTimeOffset? at = null) =>
        CodeForStep(base32Key, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);

    public static string CodeForStep(string base32Key, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        // SHA-1 is what RFC 6238 and every authenticator app use for these codes; it is not a choice made here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The code a person would type now to sign in as <paramref name="email"/>, on the application's own clock. Codes are
    /// single-use: when this step's code was taken already, it is the next step's, which the application accepts ahead of
    /// time (<see cref="AuthenticatorCode.Window"/> steps); when even those are used, it waits for the next step on a real
    /// clock and, on a stopped test clock, says so (move the clock or sign in another account).
    /// </summary>
    public static async Task<string> NextCodeAsync(IServiceProvider services, string email)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"The account {email} has no authenticator key.");
        var last = await SingleUseAuthenticatorTokenProvider.LastAcceptedStepAsync(users, user);
        while (true)
        {
            var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
            var step = Math.Max(now, (last ?? long.MinValue) + 1);
            if (step <= now + AuthenticatorCode.Window) return CodeForStep(key, step);
            if (clock != TimeProvider.System)
                throw new InvalidOperationException(
                    $"{email} has used every code its app could give at {clock.GetUtcNow():O} (single-use codes): advance the test clock by 30 s or sign in another account.");
            // The first moment the wanted step is within the window, and a little more.
            var startsAt = DateTimeOffset.FromUnixTimeSeconds((step - AuthenticatorCode.Window) * 30);
            await Task.Delay(startsAt - clock.GetUtcNow() + TimeSpan.FromMilliseconds(200));
        }
    }

    private static byte[] FromBase32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = input.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return bytes.ToArray();
    }
}
