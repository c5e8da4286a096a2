using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActionRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QualityActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    AreaKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AreaTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RegisterCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuditId = table.Column<int>(type: "INTEGER", nullable: true),
                    FindingNoteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Whys = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: true),
                    RootCause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Auditor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityActions_Posts_OwnerPostId",
                        column: x => x.OwnerPostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityActions_QualityActions_AuditId",
                        column: x => x.AuditId,
                        principalTable: "QualityActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityActions_RegisterCases_RegisterCaseId",
                        column: x => x.RegisterCaseId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QualityActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Threshold = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionReminders_QualityActions_QualityActionId",
                        column: x => x.QualityActionId,
                        principalTable: "QualityActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualityActionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QualityActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityActionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityActionNotes_QualityActions_QualityActionId",
                        column: x => x.QualityActionId,
                        principalTable: "QualityActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionReminders_QualityActionId_DueOn_Threshold",
                table: "ActionReminders",
                columns: new[] { "QualityActionId", "DueOn", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityActionNotes_QualityActionId",
                table: "QualityActionNotes",
                column: "QualityActionId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_AuditId",
                table: "QualityActions",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_OwnerPostId",
                table: "QualityActions",
                column: "OwnerPostId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_Period_AreaKey",
                table: "QualityActions",
                columns: new[] { "Period", "AreaKey" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_RegisterCaseId",
                table: "QualityActions",
                column: "RegisterCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_Status_Due",
                table: "QualityActions",
                columns: new[] { "Status", "Due" });

            // The actions proposed in F2 protocols before the register are its first entries, with their numbers.
            migrationBuilder.Sql("""
                INSERT INTO "QualityActions" ("Id", "Kind", "Source", "Period", "AreaKey", "AreaTitle", "Finding", "What", "OwnerName", "Due", "Status", "CreatedAt", "CreatedBy", "CreatedById")
                SELECT "Id", CASE "Kind" WHEN 2 THEN 'Audit' ELSE 'Preventive' END, 'ThreatenedArea', "Period", "AreaKey", "AreaTitle", "AreaTitle", "What", "Who", "Due",
                       CASE "Status" WHEN 1 THEN 'Planned' WHEN 2 THEN 'InProgress' WHEN 3 THEN 'Done' ELSE 'Cancelled' END, "CreatedAt", "CreatedBy", "CreatedById"
                FROM "ProposedActions";
                """);
            migrationBuilder.DropTable(
                name: "ProposedActions");

            AppendOnly.CreateTriggers(migrationBuilder, "QualityActionNotes");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnly.DropTriggers(migrationBuilder, "QualityActionNotes");

            migrationBuilder.DropTable(
                name: "ActionReminders");

            migrationBuilder.DropTable(
                name: "QualityActionNotes");

            migrationBuilder.DropTable(
                name: "QualityActions");

            migrationBuilder.CreateTable(
                name: "ProposedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedActions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposedActions_Period_AreaKey",
                table: "ProposedActions",
                columns: new[] { "Period", "AreaKey" });
        }
    }
}
