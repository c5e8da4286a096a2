using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<string>(
                name: "ApprovedById",
                table: "SurveyVersions",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BasedOnVersionId",
                table: "SurveyVersions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "SurveyVersions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "SurveyVersions",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Incomparable",
                table: "SurveyVersions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnComment",
                table: "SurveyVersions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReturnedAt",
                table: "SurveyVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "SurveyVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxOpeningId",
                table: "SurveyResponses",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FormNumber",
                table: "SurveyResponses",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unreadable",
                table: "SurveyResponses",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyBoxes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyBoxes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyBoxes_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoxOpenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SurveyBoxId = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<string>(type: "text", nullable: true),
                    FormCount = table.Column<int>(type: "integer", nullable: false),
                    SurveyVersionId = table.Column<int>(type: "integer", nullable: false),
                    DoubleEntry = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoxOpenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoxOpenings_SurveyBoxes_SurveyBoxId",
                        column: x => x.SurveyBoxId,
                        principalTable: "SurveyBoxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoxOpenings_SurveyVersions_SurveyVersionId",
                        column: x => x.SurveyVersionId,
                        principalTable: "SurveyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BoxOpeningId = table.Column<int>(type: "integer", nullable: false),
                    FormNumber = table.Column<int>(type: "integer", nullable: false),
                    Pass = table.Column<int>(type: "integer", nullable: false),
                    KeyedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    KeyedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KeyedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BlankForm = table.Column<bool>(type: "boolean", nullable: false),
                    Choices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Texts = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Unreadable = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperEntries_BoxOpenings_BoxOpeningId",
                        column: x => x.BoxOpeningId,
                        principalTable: "BoxOpenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_BoxOpeningId_FormNumber",
                table: "SurveyResponses",
                columns: new[] { "BoxOpeningId", "FormNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_SurveyBoxId",
                table: "BoxOpenings",
                column: "SurveyBoxId");

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_SurveyVersionId",
                table: "BoxOpenings",
                column: "SurveyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_Year_Number",
                table: "BoxOpenings",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperEntries_BoxOpeningId_FormNumber_Pass",
                table: "PaperEntries",
                columns: new[] { "BoxOpeningId", "FormNumber", "Pass" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBoxes_BuildingId",
                table: "SurveyBoxes",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBoxes_Code",
                table: "SurveyBoxes",
                column: "Code",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_BoxOpenings_BoxOpeningId",
                table: "SurveyResponses",
                column: "BoxOpeningId",
                principalTable: "BoxOpenings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Each building's box location becomes a box of its own before the column goes.
            migrationBuilder.Sql("""
                INSERT INTO "SurveyBoxes" ("BuildingId", "Code", "Location", "IsActive")
                SELECT "Id", "Code", "BoxLocation", TRUE FROM "Buildings" WHERE "BoxLocation" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "BoxLocation",
                table: "Buildings");

            // The audit log is append-only in the database too, whatever client writes to it.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'The audit log is append-only.'; END; $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_change" BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_change" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_truncate" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS audit_entries_append_only();""");

            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_BoxOpenings_BoxOpeningId",
                table: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "PaperEntries");

            migrationBuilder.DropTable(
                name: "BoxOpenings");

            migrationBuilder.DropTable(
                name: "SurveyBoxes");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_BoxOpeningId_FormNumber",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "BasedOnVersionId",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "Incomparable",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "ReturnComment",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "ReturnedAt",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "SurveyVersions");

            migrationBuilder.DropColumn(
                name: "BoxOpeningId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "FormNumber",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "Unreadable",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<string>(
                name: "BoxLocation",
                table: "Buildings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }
    }
}
