using GlosKlienta.Domain.Staff;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GlosKlienta.Web.Features.Accounts;

public static class Policies
{
    /// <summary>Any signed-in member of staff with at least one role. The default for every endpoint not marked public.</summary>
    public const string Staff = "Staff";
    /// <summary>Survey figures and the poster.</summary>
    public const string SurveyResults = "SurveyResults";
    /// <summary>Staff accounts: create, disable, change roles.</summary>
    public const string Administration = "Administration";
    /// <summary>Reading the audit log.</summary>
    public const string AuditRead = "AuditRead";
    /// <summary>Drafting survey versions (procedure row 7: the Pełnomocnik ds. SZJ).</summary>
    public const string SurveyDesign = "SurveyDesign";
    /// <summary>Approving or returning survey versions (procedure row 7: the Z-ca Burmistrza).</summary>
    public const string SurveyApproval = "SurveyApproval";
    /// <summary>Recording box openings and keying paper forms.</summary>
    public const string PaperEntry = "PaperEntry";
    /// <summary>Settling double-entry differences and correcting stored paper responses.</summary>
    public const string PaperSupervision = "PaperSupervision";
    /// <summary>The staff side of press work: releases, media contacts, conferences (procedure rows 1 and 5).</summary>
    public const string Press = "Press";
    /// <summary>Writing press releases and their corrections (the press and promotion officer).</summary>
    public const string PressDrafting = "PressDrafting";
    /// <summary>Approving press releases for publication (the Burmistrz or a deputy).</summary>
    public const string PressApproval = "PressApproval";
    /// <summary>Creating information materials, assigning owners, seeing every overdue review.</summary>
    public const string InfoMaterialsManage = "InfoMaterialsManage";
    /// <summary>Setting the art. 253 KPA reception hours: the Burmistrz, who sets them, and the register keeper, who keeps them current.</summary>
    public const string ReceptionHours = "ReceptionHours";
    /// <summary>The register's yearly report and petition summaries (figures, no personal data): the heads, the register keeper, the Pełnomocnik for the management review and the council.</summary>
    public const string RegisterReports = "RegisterReports";
    /// <summary>Registering, classifying, routing and assigning skargi, wnioski and petycje (the register keeper and the heads of the office).</summary>
    public const string RegisterKeeping = "RegisterKeeping";
    /// <summary>Editing the directory (units, posts, people, rooms, hours) and naming keepers of boards and signs (procedure rows 2-3).</summary>
    public const string DirectoryEdit = "DirectoryEdit";
    /// <summary>Writing and approving the F2 protocol: conclusions, proposed actions, approval (procedure row 9: the Pełnomocnik ds. SZJ).</summary>
    public const string F2Protocol = "F2Protocol";
    /// <summary>Reading the register of corrective and preventive actions and audits, and reporting progress on them.</summary>
    public const string Actions = "Actions";
    /// <summary>Keeping the action register: starting, checking effectiveness, cancelling (the Pełnomocnik ds. SZJ).</summary>
    public const string ActionsManage = "ActionsManage";
    /// <summary>Starting a corrective action from a skarga found justified (the register keeper or the Pełnomocnik).</summary>
    public const string ActionsFromComplaint = "ActionsFromComplaint";
    /// <summary>Reads the management reviews: the Pełnomocnik who prepares them and the Burmistrz and deputy who hold them.</summary>
    public const string Review = "Review";
    /// <summary>Prepares a review, records its outputs and decisions: the Pełnomocnik ds. SZJ.</summary>
    public const string ReviewManage = "ReviewManage";
    /// <summary>Approves (freezes) a review: the Burmistrz or the deputy, the office's top management.</summary>
    public const string ReviewApprove = "ReviewApprove";
    /// <summary>The disposal of case files whose retention has passed, with a protocol (protokół brakowania): the register keeper.</summary>
    public const string RegisterDisposal = "RegisterDisposal";
    /// <summary>Removing a case filed in obvious abuse: the register keeper proposes, the Burmistrz confirms (two people).</summary>
    public const string RegisterRemoval = "RegisterRemoval";
}

public static class StaffIdentity
{
    /// <summary>
    /// How often Identity rebuilds a session's principal (its roles) from the account. Whether the session may go on at
    /// all is checked on every request (<see cref="StaffSession"/>): a disabled account or a changed stamp ends it at once.
    /// </summary>
    public static readonly TimeSpan SecurityStampInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long a one-time set-password link stays valid (a link given on Friday still works on Monday).</summary>
    public static readonly TimeSpan SetPasswordLinkLifespan = TimeSpan.FromDays(3);

    /// <summary>Password, lockout and account rules shared by the web application and the command line.</summary>
    public static void Configure(IdentityOptions o)
    {
        // Length over composition rules, as current guidance (NIST SP 800-63B) advises.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
    }

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(Configure)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            // In place of Identity's authenticator provider (same name): each code is taken once, on the application's clock.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<PolishIdentityErrorDescriber>();
        // A disabled account is "not confirmed": SignInManager refuses it before looking at the password or code.
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedAccount = true);
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<StaffUser>, ActiveAccountConfirmation>());
        // Roles are refreshed within this interval; disabling and signing out reach cookies at once (StaffSession).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SecurityStampInterval);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = SetPasswordLinkLifespan);
        services.AddScoped<SignInAudit>();
        services.AddScoped<Accounts.AccountChanges>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/konto/logowanie";
            o.LogoutPath = "/konto/wyloguj";
            o.AccessDeniedPath = "/konto/brak-dostepu";
            o.Cookie.Name = "gk.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = StaffSession.ValidatePrincipalAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.SurveyResults, p => p.RequireAuthenticatedUser().RequireRole(Roles.SurveyResults))
            .AddPolicy(Policies.Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(Policies.AuditRead, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.PelnomocnikSzj))
            .AddPolicy(Policies.SurveyDesign, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj))
            .AddPolicy(Policies.SurveyApproval, p => p.RequireAuthenticatedUser().RequireRole(Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.PaperEntry, p => p.RequireAuthenticatedUser().RequireRole(Roles.Pracownik, Roles.PelnomocnikSzj, Roles.KierownikReferatu))
            .AddPolicy(Policies.PaperSupervision, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj))
            .AddPolicy(Policies.Press, p => p.RequireAuthenticatedUser().RequireRole(Roles.Promocja, Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.PressDrafting, p => p.RequireAuthenticatedUser().RequireRole(Roles.Promocja))
            .AddPolicy(Policies.PressApproval, p => p.RequireAuthenticatedUser().RequireRole(Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.InfoMaterialsManage, p => p.RequireAuthenticatedUser().RequireRole(Roles.Promocja, Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.RegisterKeeping, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProwadzacyRejestr, Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.DirectoryEdit, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.KierownikReferatu))
            .AddPolicy(Policies.ReceptionHours, p => p.RequireAuthenticatedUser().RequireRole(Roles.Burmistrz, Roles.ProwadzacyRejestr))
            .AddPolicy(Policies.RegisterReports, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProwadzacyRejestr, Roles.Burmistrz, Roles.ZastepcaBurmistrza, Roles.PelnomocnikSzj, Roles.RadaGminy))
            .AddPolicy(Policies.F2Protocol, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj))
            .AddPolicy(Policies.Actions, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj, Roles.KierownikReferatu, Roles.Burmistrz, Roles.ZastepcaBurmistrza, Roles.ProwadzacyRejestr))
            .AddPolicy(Policies.ActionsManage, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj))
            .AddPolicy(Policies.ActionsFromComplaint, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj, Roles.ProwadzacyRejestr))
            .AddPolicy(Policies.Review, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj, Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.ReviewManage, p => p.RequireAuthenticatedUser().RequireRole(Roles.PelnomocnikSzj))
            .AddPolicy(Policies.ReviewApprove, p => p.RequireAuthenticatedUser().RequireRole(Roles.Burmistrz, Roles.ZastepcaBurmistrza))
            .AddPolicy(Policies.RegisterDisposal, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProwadzacyRejestr))
            .AddPolicy(Policies.RegisterRemoval, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProwadzacyRejestr, Roles.Burmistrz));
        return services;
    }

    /// <summary>For the command line: user and role management without cookies or sign-in.</summary>
    public static IServiceCollection AddStaffIdentityCore(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<PolishIdentityErrorDescriber>();
        return services;
    }

    /// <summary>Creates an administrator account; the one way both the setup link and <c>create-admin</c> do it.</summary>
    public static async Task<IdentityResult> CreateAdministratorAsync(UserManager<StaffUser> users, string email, string displayName, string password)
    {
        var user = new StaffUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created;
        return await users.AddToRoleAsync(user, Roles.Administrator);
    }
}

/// <summary>Only an account that is not disabled may sign in (password, second factor or recovery code).</summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(user.DisabledAt is null);
}

/// <summary>Identity's messages in Polish, for the people who read them.</summary>
public sealed class PolishIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Hasło musi mieć co najmniej {length} znaków." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Hasło musi zawierać co najmniej {uniqueChars} różne znaki." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Konto z tym adresem e-mail już istnieje." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Konto z tym adresem e-mail już istnieje." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Wpisz poprawny adres e-mail, np. jan.kowalski@lesko.pl." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Wpisz poprawny adres e-mail, np. jan.kowalski@lesko.pl." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Obecne hasło jest nieprawidłowe." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Link wygasł albo został już użyty. Poproś administratora o nowy." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Ktoś inny zmienił to konto w tym samym czasie. Odśwież stronę i spróbuj ponownie." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Nie udało się zapisać zmiany. Spróbuj ponownie." };
    public override IdentityError UserAlreadyHasPassword() => new() { Code = nameof(UserAlreadyHasPassword), Description = "To konto ma już hasło." };
}
