using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "F2Protocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Odt = table.Column<byte[]>(type: "bytea", nullable: false),
                    OdtSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    DocxSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Html = table.Column<byte[]>(type: "bytea", nullable: false),
                    HtmlSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Protocols", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AreaKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                CREATE FUNCTION f2_protocols_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'An approved F2 protocol is frozen.'; END; $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "F2Protocols_no_change" BEFORE UPDATE OR DELETE ON "F2Protocols"
                FOR EACH ROW EXECUTE FUNCTION f2_protocols_frozen();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "F2Protocols_no_truncate" BEFORE TRUNCATE ON "F2Protocols"
                FOR EACH STATEMENT EXECUTE FUNCTION f2_protocols_frozen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_change" ON "F2Protocols";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "F2Protocols_no_truncate" ON "F2Protocols";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS f2_protocols_frozen();""");

            migrationBuilder.DropTable(
                name: "F2Drafts");

            migrationBuilder.DropTable(
                name: "F2Protocols");

            migrationBuilder.DropTable(
                name: "ProposedActions");
        }
    }
}
