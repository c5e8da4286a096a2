using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

/// <summary>
/// The application's one context. Each database provider has a subclass only so that it can carry
/// its own migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>);
/// everything else uses <see cref="AppDbContext"/>.
/// </summary>
public class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys behind cookies and antiforgery tokens, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<OrganisationalUnit> OrganisationalUnits => Set<OrganisationalUnit>();
    public DbSet<OfficeHours> OfficeHours => Set<OfficeHours>();
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyResponseText> SurveyResponseTexts => Set<SurveyResponseText>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Office>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Locality).HasMaxLength(100);
            e.Property(x => x.Website).HasMaxLength(200);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });
        builder.Entity<Building>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.BoxLocation).HasMaxLength(300);
        });
        builder.Entity<OrganisationalUnit>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
        });
        builder.Entity<OfficeHours>(e =>
        {
            e.HasOne(x => x.Building).WithMany(b => b.Hours).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SurveyVersion>(e =>
        {
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.ApprovedBy).HasMaxLength(200);
        });
        builder.Entity<SurveyResponse>(e =>
        {
            e.HasIndex(x => x.SubmissionKey).IsUnique();
            e.HasIndex(x => x.ReceivedOn);
            e.HasOne<SurveyVersion>().WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Texts).WithOne().HasForeignKey(t => t.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Choices).HasMaxLength(4000);
        });
        builder.Entity<SurveyResponseText>(e =>
        {
            e.Property(x => x.QuestionCode).HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(10_000);
        });
        builder.Entity<StaffUser>(e => e.Property(x => x.DisplayName).HasMaxLength(200));
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
