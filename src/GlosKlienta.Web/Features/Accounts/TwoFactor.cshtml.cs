using System.Text;
using QRCoder;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// The second factor: an authenticator app (TOTP, RFC 6238) set up with a key shown as text and
/// as a QR code, confirmed with one code; ten recovery codes shown once. The roles of
/// <see cref="Domain.Staff.Roles.RequiringTwoFactor"/> must have it (see <see cref="RequiredTwoFactorGate"/>) and cannot turn it off.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TwoFactorModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    SingleUseAuthenticatorTokenProvider authenticator,
    AccountChanges changes,
    OfficeProfileProvider office,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Path = "/konto/2fa";
    public const string CodeField = "kod";
    public const int RecoveryCodeCount = 10;

    [BindProperty] public string Code { get; set; } = "";

    public StaffUser Me { get; private set; } = null!;
    /// <summary>Whether one of the account's roles requires the second factor (<see cref="Domain.Staff.Roles.RequiringTwoFactor"/>).</summary>
    public bool IsRequired { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public FormErrors Errors { get; } = new();
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? zrobiono, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        Done = zrobiono is "wylaczone" ? zrobiono : null;
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        if (Me.TwoFactorEnabled) return Redirect(Path);
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            Errors.Add(CodeField, text["TwoFactor.EnrolCodeFormat"]);
            return Page();
        }
        if (!await users.VerifyTwoFactorTokenAsync(Me, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Errors.Add(CodeField, (await authenticator.CheckAsync(users, Me, code)).Check == Domain.Staff.AuthenticatorCodeCheck.Replayed
                ? text["TwoFactor.CodeUsed"] : text["TwoFactor.EnrolCodeWrong"]);
            return Page();
        }
        IEnumerable<string>? codes = null;
        var result = await changes.ApplyAsync(Me, AuditActions.AccountTwoFactorEnabled, null, async () =>
        {
            var r = await users.SetTwoFactorEnabledAsync(Me, true);
            if (!r.Succeeded) return r;
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Me, RecoveryCodeCount);
            return codes is null ? IdentityResult.Failed(users.ErrorDescriber.DefaultError()) : IdentityResult.Success;
        }, cancellationToken);
        if (!result.Succeeded) return Failed(result);
        // Enabling changed the stamp: a fresh cookie keeps this session.
        await signIn.RefreshSignInAsync(Me);
        RecoveryCodes = codes!.ToList();
        RecoveryCodesLeft = RecoveryCodes.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        if (!Me.TwoFactorEnabled) return Redirect(Path);
        IEnumerable<string>? codes = null;
        var result = await changes.ApplyAsync(Me, AuditActions.AccountRecoveryCodesRenewed, null, async () =>
        {
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Me, RecoveryCodeCount);
            return codes is null ? IdentityResult.Failed(users.ErrorDescriber.DefaultError()) : IdentityResult.Success;
        }, cancellationToken);
        if (!result.Succeeded) return Failed(result);
        RecoveryCodes = codes!.ToList();
        RecoveryCodesLeft = RecoveryCodes.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        if (IsRequired)
        {
            Errors.Add("", text["TwoFactor.RequiredCannotDisable"]);
            return Page();
        }
        if (!Me.TwoFactorEnabled) return Redirect(Path);
        var result = await changes.ApplyAsync(Me, AuditActions.AccountTwoFactorDisabled, null, async () =>
        {
            var r = await users.SetTwoFactorEnabledAsync(Me, false);
            return r.Succeeded ? await users.ResetAuthenticatorKeyAsync(Me) : r;
        }, cancellationToken);
        if (!result.Succeeded) return Failed(result);
        await signIn.RefreshSignInAsync(Me);
        return Redirect(Path + "?zrobiono=wylaczone");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return false;
        Me = me;
        IsRequired = Domain.Staff.Roles.RequireTwoFactor(await users.GetRolesAsync(me));
        if (me.TwoFactorEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(me);
            return true;
        }
        var key = await users.GetAuthenticatorKeyAsync(me);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(me);
            // The reset changed the stamp; without a fresh cookie this session would end within a minute.
            await signIn.RefreshSignInAsync(me);
            key = await users.GetAuthenticatorKeyAsync(me) ?? "";
        }
        SharedKey = FormatKey(key);
        var issuer = text["TwoFactor.Issuer", (await office.GetAsync(cancellationToken)).Locality].Value;
        QrSvg = QrCode(AuthenticatorUri(issuer, me.Email ?? me.UserName ?? me.Id, key));
        return true;
    }

    private PageResult Failed(IdentityResult result)
    {
        foreach (var e in result.Errors) Errors.Add("", e.Description);
        return Page();
    }

    /// <summary>The key in groups of four, as people type it into an app: "abcd efgh ...".</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) result.Append(' ');
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The Key Uri Format that authenticator apps read from the QR code.</summary>
    public static string AuthenticatorUri(string issuer, string account, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");

    private static string QrCode(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
