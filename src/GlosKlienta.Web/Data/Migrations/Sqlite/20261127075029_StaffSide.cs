using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BasedOnVersionId",
                table: "SurveyVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "SurveyVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "SurveyVersions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Incomparable",
                table: "SurveyVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnComment",
                table: "SurveyVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReturnedAt",
                table: "SurveyVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "SurveyVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxOpeningId",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FormNumber",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unreadable",
                table: "SurveyResponses",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyBoxes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuildingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyBoxId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", nullable: true),
                    FormCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DoubleEntry = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoxOpeningId = table.Column<int>(type: "INTEGER", nullable: false),
                    FormNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Pass = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    KeyedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    BlankForm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Texts = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Unreadable = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                SELECT "Id", "Code", "BoxLocation", 1 FROM "Buildings" WHERE "BoxLocation" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "BoxLocation",
                table: "Buildings");

            // The audit log is append-only in the database too, whatever client writes to it.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""");

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
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }
    }
}
