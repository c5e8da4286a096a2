using System.IO.Compression;
using GlosKlienta.Web;
using GlosKlienta.Web.Features.Operations;
using GlosKlienta.Web.Features.Survey;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppHost.ContentRootFor(Directory.GetCurrentDirectory()) });

// `dotnet run` outside Development still serves the project's own wwwroot; a published build ignores this.
builder.WebHost.UseStaticWebAssets();

var services = builder.Services;
services.AddGlosKlienta(builder.Configuration);
services.AddSingleton<ResponseWriter>();
services.AddHostedService(sp => sp.GetRequiredService<ResponseWriter>());
services.Configure<SubmissionLimitOptions>(builder.Configuration.GetSection("Survey:SubmissionLimit"));
services.Configure<KioskLimitOptions>(builder.Configuration.GetSection("Survey:KioskLimit"));
services.AddSingleton<SubmissionLimiter>();
services.Configure<GlosKlienta.Web.Features.Kiosks.KioskOptions>(builder.Configuration.GetSection("Kiosk"));
services.AddScoped<GlosKlienta.Web.Features.Kiosks.KioskDevices>();
services.Configure<SignInLimitOptions>(builder.Configuration.GetSection("SignIn:Limit"));
services.AddSingleton<SignInThrottle>();
services.AddSingleton<UnknownAccountPassword>();
services.AddHostedService<SignInBurstSummaries>();
services.AddHostedService<GlosKlienta.Web.Features.Paper.ScanReadingService>();
services.AddSingleton<FirstAdminSetup>();
services.AddStaffIdentity();
services.AddDataProtection().SetApplicationName("GlosKlienta").PersistKeysToDbContext<AppDbContext>()
    .ProtectKeysWithConfiguredCertificate(builder.Configuration, builder.Environment);
// Health probes, the log's format and metrics (Features/Operations).
builder.AddOperations();

// Polish letters as they are (ą, not &#x105;): readable source, smaller pages.
services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
services.AddRazorPages(o => o.RootDirectory = "/Features");
services.AddAntiforgery(o =>
{
    o.Cookie.Name = "gk.af";
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.FormFieldName = "__RequestVerificationToken";
});
services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    // Gzip first: at the fastest levels it costs less CPU per page than Brotli for a few hundred bytes more.
    o.Providers.Add<GzipCompressionProvider>();
    o.Providers.Add<BrotliCompressionProvider>();
});
services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
services.Configure<ForwardedHeadersOptions>(o =>
{
    // Behind the office's reverse proxy the client address comes from X-Forwarded-For; trusted proxies are configured
    // as addresses or networks (CIDR), loopback is trusted by default. Every hop from a trusted proxy is followed, so a
    // chain of known proxies (a load balancer in front of the office's proxy) still yields the client's own address.
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    foreach (var network in builder.Configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    o.ForwardLimit = null;
});

// No "Server: Kestrel": nothing tells a probe what runs here.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

var app = builder.Build();

await DatabaseSetup.MigrateAndSeedAsync(app.Services);
var setupToken = await app.Services.GetRequiredService<FirstAdminSetup>().OpenIfNoUsersAsync(CancellationToken.None);
if (setupToken is not null) FirstAdminSetup.PrintLinkWhenStarted(app, setupToken);

app.UseForwardedHeaders();
// Before everything that may need the database: a probe answers when the database does not.
app.UseHealthProbes();
// Before the error pages, so that an error met at /uk/… is told in Ukrainian.
app.Use(GlosKlienta.Web.Features.Languages.SiteLanguages.Middleware);
app.UseExceptionHandler("/blad");
app.UseStatusCodePagesWithReExecute("/blad/{0}");
app.UseMiddleware<SecurityHeaders>();
app.UseCookiePolicy(new CookiePolicyOptions
{
    OnAppendCookie = c => SecurityHeaders.MarkCookie(c.Context, c.CookieOptions),
    OnDeleteCookie = c => SecurityHeaders.MarkCookie(c.Context, c.CookieOptions),
});
app.UseResponseCompression();
var localization = new RequestLocalizationOptions();
GlosKlienta.Web.Features.Languages.SiteLanguages.Configure(localization);
app.UseRequestLocalization(localization);
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<RequiredTwoFactorGate>();
app.UseAuthorization();
// Public forms marked [PublicForm] are read here, within their limits, before model binding and antiforgery see them.
app.UseMiddleware<GlosKlienta.Web.Features.PublicForm>();

app.MapStaticAssets();
// Secure by default: every page is for staff unless its model says [AllowAnonymous].
app.MapRazorPages().WithStaticAssets().RequireAuthorization(Policies.Staff);

await app.RunAsync();

/// <summary>Entry point, visible to the web tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
