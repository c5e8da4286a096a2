using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

/// <summary>
/// The application's one context. Each database provider has a subclass only so that it can carry
/// its own migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>);
/// everything else uses <see cref="AppDbContext"/>. A feature adds its sets in a partial file
/// (<c>Data/AppDbContext.&lt;Feature&gt;.cs</c>) and its mapping as <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes in its own folder; they are picked up from the assembly.
/// </summary>
public partial class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys behind cookies and antiforgery tokens, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<OrganisationalUnit> OrganisationalUnits => Set<OrganisationalUnit>();
    public DbSet<OfficeHours> OfficeHours => Set<OfficeHours>();
    public DbSet<ReceptionHours> ReceptionHours => Set<ReceptionHours>();
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyResponseText> SurveyResponseTexts => Set<SurveyResponseText>();
    public DbSet<SurveyBox> SurveyBoxes => Set<SurveyBox>();
    public DbSet<BoxOpening> BoxOpenings => Set<BoxOpening>();
    public DbSet<PaperEntry> PaperEntries => Set<PaperEntry>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Records kept as written (<see cref="IAppendOnly"/>, <see cref="IFrozenOnceSet"/>): a change or deletion never reaches the database.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnly.Refuse(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnly.Refuse(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Office>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Locality).HasMaxLength(100);
            e.Property(x => x.Website).HasMaxLength(200);
            e.Property(x => x.ExecutiveName).HasMaxLength(200);
            e.Property(x => x.CouncilName).HasMaxLength(200);
            e.Property(x => x.CouncilChairPost).HasMaxLength(200);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });
        builder.Entity<Building>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(200);
        });
        builder.Entity<SurveyBox>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Location).HasMaxLength(300);
            e.HasOne(x => x.Building).WithMany(b => b.Boxes).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<BoxOpening>(e =>
        {
            e.HasIndex(x => new { x.Year, x.Number }).IsUnique();
            e.Property(x => x.OpenedBy).HasMaxLength(200);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.HasOne(x => x.SurveyBox).WithMany().HasForeignKey(x => x.SurveyBoxId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<SurveyVersion>().WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Entries).WithOne().HasForeignKey(p => p.BoxOpeningId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PaperEntry>(e =>
        {
            e.HasIndex(x => new { x.BoxOpeningId, x.FormNumber, x.Pass }).IsUnique();
            e.Property(x => x.KeyedById).HasMaxLength(450);
            e.Property(x => x.KeyedBy).HasMaxLength(200);
            e.Property(x => x.Choices).HasMaxLength(4000);
            e.Property(x => x.Texts).HasMaxLength(20_000);
            e.Property(x => x.Unreadable).HasMaxLength(1000);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.SubjectType, x.SubjectId });
            e.Property(x => x.ActorId).HasMaxLength(450);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.SubjectType).HasMaxLength(64);
            e.Property(x => x.SubjectId).HasMaxLength(64);
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
        builder.Entity<ReceptionHours>(e =>
        {
            e.Property(x => x.OfficialRole).HasMaxLength(64);
            e.Property(x => x.OfficialName).HasMaxLength(200);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Notes).HasMaxLength(1000);
            e.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SurveyVersion>(e =>
        {
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.ApprovedBy).HasMaxLength(200);
            e.Property(x => x.ApprovedById).HasMaxLength(450);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.CreatedById).HasMaxLength(450);
            e.Property(x => x.ReturnComment).HasMaxLength(4000);
        });
        builder.Entity<SurveyResponse>(e =>
        {
            e.HasIndex(x => x.SubmissionKey).IsUnique();
            e.HasIndex(x => x.ReceivedOn);
            e.HasOne<SurveyVersion>().WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Texts).WithOne().HasForeignKey(t => t.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Choices).HasMaxLength(4000);
            e.Property(x => x.Unreadable).HasMaxLength(1000);
            e.HasIndex(x => new { x.BoxOpeningId, x.FormNumber }).IsUnique();
            e.HasOne<BoxOpening>().WithMany().HasForeignKey(x => x.BoxOpeningId).OnDelete(DeleteBehavior.Restrict);
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
