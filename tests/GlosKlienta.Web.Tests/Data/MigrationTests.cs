namespace GlosKlienta.Web.Tests.Data;

/// <summary>Each provider's migrations describe the current model: a forgotten migration fails here, not in production.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqliteAppDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for PostgresAppDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
