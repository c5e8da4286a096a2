using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppendOnlyRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log, approved F2 protocols and published press and information versions were each
            // protected by triggers of their own kind; from here one rule (Data/AppendOnly) protects them
            // all, and the directory's dated copies too.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressReleaseVersions_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressReleaseVersions_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "InfoMaterialVersions_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "InfoMaterialVersions_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_delete";""");
            AppendOnly.CreateFunction(migrationBuilder);
            foreach (var table in new[] { "AuditEntries", "F2Protocols", "PressReleaseVersions", "InfoMaterialVersions", "DirectorySnapshots" })
                AppendOnly.CreateTriggers(migrationBuilder, table);
            AppendOnly.CreateTriggers(migrationBuilder, "PressFiles", onceFrozen: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // One way: the three earlier kinds of trigger are not brought back; restore a backup to go below this migration.
            throw new NotSupportedException("AppendOnlyRows cannot be reverted: restore a backup made before it.");
        }
    }
}
