using GlosKlienta.Web.Features.InfoMaterials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// Published press-release versions, published information-material versions and frozen
/// attachments are records under document control (P/4/1): once written they are never changed
/// or deleted. <see cref="Refuse"/> stops it in the application (called by AppDbContext before
/// every save); <see cref="CreateTriggers"/> makes the database refuse it for any client, the way
/// the audit log is protected. The migrations call these methods, so regenerated migrations keep them.
/// </summary>
public static class FrozenRows
{
    public static void Refuse(ChangeTracker changes)
    {
        if (changes.Entries<PressReleaseVersion>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("A published press release version is frozen: it cannot be changed or deleted; publish a correction instead.");
        if (changes.Entries<InfoMaterialVersion>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("A published information material version is kept as it was: it cannot be changed or deleted.");
        if (changes.Entries<PressFile>().Any(e => e.State is EntityState.Modified or EntityState.Deleted && e.OriginalValues.GetValue<DateTimeOffset?>(nameof(PressFile.FrozenAt)) is not null))
            throw new InvalidOperationException("An attachment of a published press release is frozen: it cannot be changed or deleted.");
    }

    private static readonly string[] Tables = ["PressReleaseVersions", "InfoMaterialVersions"];

    public static void CreateTriggers(MigrationBuilder migration)
    {
        if (migration.IsNpgsql())
        {
            migration.Sql("""
                CREATE FUNCTION frozen_record_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'Frozen record: % cannot be changed or deleted.', TG_TABLE_NAME; END; $$;
                """);
            foreach (var table in Tables)
            {
                migration.Sql($"""CREATE TRIGGER "{table}_frozen" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION frozen_record_refuse();""");
                migration.Sql($"""CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION frozen_record_refuse();""");
            }
            migration.Sql("""CREATE TRIGGER "PressFiles_frozen" BEFORE UPDATE OR DELETE ON "PressFiles" FOR EACH ROW WHEN (OLD."FrozenAt" IS NOT NULL) EXECUTE FUNCTION frozen_record_refuse();""");
        }
        else
        {
            foreach (var table in Tables)
            {
                migration.Sql($"""CREATE TRIGGER "{table}_no_update" BEFORE UPDATE ON "{table}" BEGIN SELECT RAISE(ABORT, 'Frozen record: {table} cannot be changed.'); END;""");
                migration.Sql($"""CREATE TRIGGER "{table}_no_delete" BEFORE DELETE ON "{table}" BEGIN SELECT RAISE(ABORT, 'Frozen record: {table} cannot be deleted.'); END;""");
            }
            migration.Sql("""CREATE TRIGGER "PressFiles_frozen_update" BEFORE UPDATE ON "PressFiles" WHEN OLD."FrozenAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'Frozen record: PressFiles cannot be changed.'); END;""");
            migration.Sql("""CREATE TRIGGER "PressFiles_frozen_delete" BEFORE DELETE ON "PressFiles" WHEN OLD."FrozenAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'Frozen record: PressFiles cannot be deleted.'); END;""");
        }
    }

    public static void DropTriggers(MigrationBuilder migration)
    {
        if (migration.IsNpgsql())
        {
            foreach (var table in Tables)
            {
                migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_frozen" ON "{table}";""");
                migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{table}";""");
            }
            migration.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen" ON "PressFiles";""");
            migration.Sql("DROP FUNCTION IF EXISTS frozen_record_refuse();");
        }
        else
        {
            foreach (var table in Tables)
            {
                migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_no_update";""");
                migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_no_delete";""");
            }
            migration.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_update";""");
            migration.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_delete";""");
        }
    }
}
