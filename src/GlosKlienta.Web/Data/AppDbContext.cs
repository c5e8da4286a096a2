using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

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

    /// <summary>
    /// Records kept as written (<see cref="IAppendOnly"/>, <see cref="IFrozenOnceSet"/>): a change or deletion never
    /// reaches the database, and a new kept row is sealed into its table's chain (<see cref="RecordChains"/>) in the same
    /// transaction as it is inserted.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnly.Refuse(ChangeTracker);
        var appended = RecordChains.Appended(ChangeTracker);
        if (appended.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The chain's head is read and the rows inserted under one lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = 0;
            var held = RecordChains.HoldBack(this, appended);
            if (held.Count > 0)
            {
                // The principals first (navigations must not pull the held rows back in), then the held rows with real keys.
                var detect = ChangeTracker.AutoDetectChangesEnabled;
                ChangeTracker.AutoDetectChangesEnabled = false;
                try { saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken); }
                finally { ChangeTracker.AutoDetectChangesEnabled = detect; }
                RecordChains.Restore(this, held);
                appended = RecordChains.Appended(ChangeTracker);
            }
            await RecordChains.LinkAsync(this, appended, cancellationToken);
            saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        RecordChains.AddColumns(builder);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
