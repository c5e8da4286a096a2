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
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
