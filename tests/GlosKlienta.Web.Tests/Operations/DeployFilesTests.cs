using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>
/// Issue 16, operations: the systemd unit and the nginx site in <c>deploy/</c> are checked by the tools that will read
/// them (each test skips, saying why, where its tool is not installed; <c>.ci/run</c> installs both), and the proxy takes
/// exactly the largest request the application takes.
/// </summary>
public sealed class DeployFilesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", "deploy-" + Guid.NewGuid().ToString("N"));

    public DeployFilesTests() => System.IO.Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GlosKlienta.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (GlosKlienta.slnx) was not found above " + AppContext.BaseDirectory);
    }

    private static string DeployFile(string relative) => File.ReadAllText(Path.Combine(Repository(), "deploy", relative));

    private static string? Tool(params string[] candidates) => candidates.FirstOrDefault(File.Exists);

    private static (int Exit, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish within a minute");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [SkippableFact]
    public void NginxSite_PassesNginxTest_WithASelfSignedCertificate()
    {
        var nginx = Tool("/usr/sbin/nginx", "/usr/bin/nginx");
        Skip.If(nginx is null, "nginx is not installed (apt-get install -y nginx; .ci/run does): the site's syntax is not checked here.");
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=ankieta.lesko.pl", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var certPath = Path.Combine(folder, "fullchain.pem");
        var keyPath = Path.Combine(folder, "privkey.pem");
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        var site = DeployFile("nginx/glosklienta.conf");
        Assert.Contains("/etc/letsencrypt/live/ankieta.lesko.pl/fullchain.pem", site, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "site.conf"), site
            .Replace("/etc/letsencrypt/live/ankieta.lesko.pl/fullchain.pem", certPath, StringComparison.Ordinal)
            .Replace("/etc/letsencrypt/live/ankieta.lesko.pl/privkey.pem", keyPath, StringComparison.Ordinal));
        // The site is one file of sites-enabled: the wrapper stands in for Debian's nginx.conf, with every path in the test's folder.
        var wrapper = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(wrapper, $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events {}
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);

        var (exit, output) = Run(nginx, "-t", "-q", "-c", wrapper, "-p", folder);

        Assert.True(exit == 0, "nginx -t: " + output);
        Assert.DoesNotContain("[warn]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NginxSite_TakesExactlyTheApplicationsLargestRequest_AndPassesTheClientOn()
    {
        var site = DeployFile("nginx/glosklienta.conf");

        var size = Regex.Match(site, @"^\s*client_max_body_size\s+(\d+)m;", RegexOptions.Multiline);
        Assert.True(size.Success, "client_max_body_size in MiB not found");
        Assert.Equal(GlosKlienta.Web.Features.Register.AttachmentCheck.MaxRequestBytes, long.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 * 1024);
        Assert.Matches(@"proxy_set_header X-Forwarded-For \$remote_addr;", site);
        Assert.Matches(@"proxy_set_header X-Forwarded-Proto \$scheme;", site);
        Assert.Matches(@"return 301 https://\$host\$request_uri;", site);
        Assert.True(Regex.Count(site, @"^\s*server 127\.0\.0\.1:\d+", RegexOptions.Multiline) >= 2, "the upstream names several instances");
        Assert.Matches(@"location /health/ \{[^}]*deny all;", site);
        var scans = Regex.Match(site, @"location ~ \^/personel/papier/\[0-9\]\+/skany\$ \{[^}]*client_max_body_size\s+(\d+)m;");
        Assert.True(scans.Success, "the scanner upload's own body limit not found");
        Assert.Equal(new GlosKlienta.Web.Features.Paper.ScanSettings().MaxUploadBytes, long.Parse(scans.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 * 1024);
    }

    [SkippableFact]
    public void SystemdUnit_PassesSystemdAnalyzeVerify_WithoutAWord()
    {
        var analyze = Tool("/usr/bin/systemd-analyze", "/bin/systemd-analyze");
        Skip.If(analyze is null, "systemd-analyze is not installed (apt-get install -y systemd; .ci/run does): the unit's syntax is not checked here.");
        var unit = DeployFile("glosklienta.service");
        // verify also checks that the program exists: a stand-in takes the published application's place.
        var program = Path.Combine(folder, "GlosKlienta.Web");
        File.WriteAllText(program, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Contains("ExecStart=/opt/glosklienta/GlosKlienta.Web\n", unit, StringComparison.Ordinal);
        var copy = Path.Combine(folder, "glosklienta.service");
        File.WriteAllText(copy, unit.Replace("ExecStart=/opt/glosklienta/GlosKlienta.Web", "ExecStart=" + program, StringComparison.Ordinal));

        var (exit, output) = Run(analyze, "verify", copy);

        // systemd-analyze only warns of an unknown key or a bad value (and exits 0): any word from it is a fault.
        Assert.True(exit == 0 && output.Trim().Length == 0, "systemd-analyze verify: " + output);
    }

    [Fact]
    public void SystemdUnit_RestartsOnFailure_ReadsSecretsFromAFile_AndIsHardened()
    {
        var unit = DeployFile("glosklienta.service");

        foreach (var line in new[]
        {
            "User=glosklienta", "WorkingDirectory=/var/lib/glosklienta", "EnvironmentFile=/etc/glosklienta/glosklienta.env", "Restart=on-failure",
            "ProtectSystem=strict", "ReadWritePaths=/var/lib/glosklienta", "NoNewPrivileges=yes", "PrivateTmp=yes",
            "Environment=ASPNETCORE_ENVIRONMENT=Production", "Environment=DataProtection__Certificate__Path=/etc/glosklienta/dataprotection.pfx",
        })
            Assert.Contains("\n" + line + "\n", unit, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", unit.Split('\n').Where(l => !l.StartsWith('#')).Aggregate("", (a, l) => a + l + "\n"), StringComparison.Ordinal);
    }
}
