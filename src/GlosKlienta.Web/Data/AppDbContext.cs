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
        if (Database.CurrentTransaction is not null)
        {
            await RecordChains.LinkAsync(this, appended, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The chain's head is read and the rows inserted under one lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await RecordChains.LinkAsync(this, appended, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
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
