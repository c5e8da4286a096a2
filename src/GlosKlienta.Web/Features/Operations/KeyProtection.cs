using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace GlosKlienta.Web.Features.Operations;

/// <summary>
/// Data-protection keys (they sign staff sessions, antiforgery tokens and the two-factor steps) are kept in the database,
/// where every instance finds them; here they are encrypted there with a certificate, so a copy of the database or of a
/// backup does not hand over the keys. The certificate is a PKCS#12 file named by <see cref="PathSetting"/>, its password
/// given by the environment (<c>DataProtection__Certificate__Password</c>). Outside Development and the tests the server
/// refuses to start without one: keys stored in the clear would be found out only when it is too late.
/// </summary>
public static class KeyProtection
{
    public const string PathSetting = "DataProtection:Certificate:Path";
    public const string PasswordSetting = "DataProtection:Certificate:Password";

    /// <summary>The environment of the web tests (<c>AppFactory</c>), which keep working without a certificate, as Development does.</summary>
    public const string TestEnvironment = "Testing";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var path = configuration[PathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsDevelopment() || environment.IsEnvironment(TestEnvironment)) return builder;
            throw new InvalidOperationException(
                $"{PathSetting} is not set: in the {environment.EnvironmentName} environment the data-protection keys must be encrypted at rest. " +
                $"Name a PKCS#12 certificate file (.pfx) with {PathSetting} and give its password in the environment variable " +
                "DataProtection__Certificate__Password; the README (Deployment) says how to create one.");
        }
        return builder.ProtectKeysWithCertificate(Load(path, configuration[PasswordSetting]));
    }

    /// <summary>The certificate with its private key (needed to read the keys back), or a message naming the setting at fault.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new InvalidOperationException($"{PathSetting} names {full}, which does not exist.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException(
                $"The certificate {full} ({PathSetting}) could not be opened: is DataProtection__Certificate__Password right and the file a PKCS#12 (.pfx)? {e.Message}", e);
        }
        using var rsa = certificate.HasPrivateKey ? certificate.GetRSAPrivateKey() : null;
        if (rsa is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The certificate {full} ({PathSetting}) has no RSA private key: the keys could be encrypted but never read back.");
        }
        return certificate;
    }
}
