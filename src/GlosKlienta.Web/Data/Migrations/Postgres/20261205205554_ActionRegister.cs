using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    AreaKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AreaTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RegisterCaseId = table.Column<int>(type: "integer", nullable: true),
                    AuditId = table.Column<int>(type: "integer", nullable: true),
                    FindingNoteId = table.Column<int>(type: "integer", nullable: true),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Whys = table.Column<string>(type: "character varying(2500)", maxLength: 2500, nullable: true),
                    RootCause = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerPostId = table.Column<int>(type: "integer", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Auditor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QualityActionId = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Threshold = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QualityActionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AddedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
            migrationBuilder.Sql("""SELECT setval(pg_get_serial_sequence('"QualityActions"', 'Id'), COALESCE((SELECT MAX("Id") FROM "QualityActions"), 0) + 1, false);""");
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
