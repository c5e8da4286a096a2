using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "QualityActionNotes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "QualityActionNotes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "QualityActionNotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "PressReleaseVersions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "PressReleaseVersions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "PressReleaseVersions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "InfoMaterialVersions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "InfoMaterialVersions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "InfoMaterialVersions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "F2Protocols",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "F2Protocols",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "F2Protocols",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "DirectorySnapshots",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "DirectorySnapshots",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "DirectorySnapshots",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "AuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "ApprovedReviews",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "ApprovedReviews",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "ApprovedReviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityActionNotes_ChainSequence",
                table: "QualityActionNotes",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PressReleaseVersions_ChainSequence",
                table: "PressReleaseVersions",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InfoMaterialVersions_ChainSequence",
                table: "InfoMaterialVersions",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_F2Protocols_ChainSequence",
                table: "F2Protocols",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySnapshots_ChainSequence",
                table: "DirectorySnapshots",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ChainSequence",
                table: "AuditEntries",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedReviews_ChainSequence",
                table: "ApprovedReviews",
                column: "ChainSequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QualityActionNotes_ChainSequence",
                table: "QualityActionNotes");

            migrationBuilder.DropIndex(
                name: "IX_PressReleaseVersions_ChainSequence",
                table: "PressReleaseVersions");

            migrationBuilder.DropIndex(
                name: "IX_InfoMaterialVersions_ChainSequence",
                table: "InfoMaterialVersions");

            migrationBuilder.DropIndex(
                name: "IX_F2Protocols_ChainSequence",
                table: "F2Protocols");

            migrationBuilder.DropIndex(
                name: "IX_DirectorySnapshots_ChainSequence",
                table: "DirectorySnapshots");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ChainSequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_ApprovedReviews_ChainSequence",
                table: "ApprovedReviews");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "QualityActionNotes");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "QualityActionNotes");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "QualityActionNotes");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "PressReleaseVersions");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "PressReleaseVersions");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "PressReleaseVersions");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "F2Protocols");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "F2Protocols");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "F2Protocols");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "DirectorySnapshots");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "DirectorySnapshots");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "DirectorySnapshots");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "ApprovedReviews");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "ApprovedReviews");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "ApprovedReviews");
        }
    }
}
