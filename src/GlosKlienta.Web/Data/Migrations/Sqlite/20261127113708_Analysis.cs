using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Analysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "F2Drafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "F2Protocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Odt = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OdtSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DocxSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Html = table.Column<byte[]>(type: "BLOB", nullable: false),
                    HtmlSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Protocols", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AreaKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedActions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_F2Drafts_Period",
                table: "F2Drafts",
                column: "Period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_F2Protocols_Period",
                table: "F2Protocols",
                column: "Period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposedActions_Period_AreaKey",
                table: "ProposedActions",
                columns: new[] { "Period", "AreaKey" });

            migrationBuilder.Sql("""
                CREATE TRIGGER "F2Protocols_no_update" BEFORE UPDATE ON "F2Protocols"
                BEGIN SELECT RAISE(ABORT, 'An approved F2 protocol is frozen.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "F2Protocols_no_delete" BEFORE DELETE ON "F2Protocols"
                BEGIN SELECT RAISE(ABORT, 'An approved F2 protocol is frozen.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_delete";""");

            migrationBuilder.DropTable(
                name: "F2Drafts");

            migrationBuilder.DropTable(
                name: "F2Protocols");

            migrationBuilder.DropTable(
                name: "ProposedActions");
        }
    }
}
