using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>A self-signed RSA certificate written as a password-protected PKCS#12 file, as the README's openssl steps make one.</summary>
public sealed class TestCertificate : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "glosklienta-tests", "cert-" + Guid.NewGuid().ToString("N"));

    public TestCertificate(string subject = "CN=GlosKlienta data protection")
    {
        System.IO.Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        Path = System.IO.Path.Combine(folder, "dataprotection.pfx");
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        Thumbprint = certificate.Thumbprint;
    }

    public string Path { get; }
    public string Password { get; }
    public string Thumbprint { get; }

    /// <summary>The settings that name this certificate to the application.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["DataProtection:Certificate:Path"] = Path,
        ["DataProtection:Certificate:Password"] = Password,
    };

    public void Dispose()
    {
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
