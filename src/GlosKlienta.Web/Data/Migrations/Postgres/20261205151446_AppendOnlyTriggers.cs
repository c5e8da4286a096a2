using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The database's half of the rule for records kept as written (<see cref="AppendOnly"/>): triggers
    /// that refuse UPDATE and DELETE of every append-only table, and of press files once frozen. A step of
    /// its own so that the schema migration before it stays as EF generated it.
    /// </summary>
    public partial class AppendOnlyTriggers : Migration
    {
        private static readonly string[] Tables = ["AuditEntries", "F2Protocols", "PressReleaseVersions", "InfoMaterialVersions", "DirectorySnapshots"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            AppendOnly.CreateFunction(migrationBuilder);
            foreach (var table in Tables)
                AppendOnly.CreateTriggers(migrationBuilder, table);
            AppendOnly.CreateTriggers(migrationBuilder, "PressFiles", onceFrozen: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnly.DropTriggers(migrationBuilder, "PressFiles");
            foreach (var table in Tables)
                AppendOnly.DropTriggers(migrationBuilder, table);
            AppendOnly.DropFunction(migrationBuilder);
        }
    }
}
