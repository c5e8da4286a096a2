using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Retention and erasure of register cases (issue 16): the append-only disposal protocols, the case's erasure and its
    /// two-person removal as abuse.
    /// </summary>
    public partial class RetentionAndErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ErasedAt",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Erasure",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovalConfirmedAt",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalConfirmedBy",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalConfirmedById",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovalProposedAt",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalProposedBy",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalProposedById",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalReason",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisposalProtocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtocolNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtocolDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DisposedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DisposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ArchiveConsent = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ItemsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisposalProtocols", x => x.Id);
                });

            // SQLite adds the column with its reference in place; EF's AddColumn + AddForeignKey would rebuild RegisterCases
            // outside a transaction and log a warning at every first start.
            migrationBuilder.Sql("ALTER TABLE \"RegisterCases\" ADD COLUMN \"DisposalProtocolId\" INTEGER NULL REFERENCES \"DisposalProtocols\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_DisposalProtocolId",
                table: "RegisterCases",
                column: "DisposalProtocolId");

            migrationBuilder.CreateIndex(
                name: "IX_DisposalProtocols_Year_Number",
                table: "DisposalProtocols",
                columns: new[] { "Year", "Number" },
                unique: true);

            AppendOnly.CreateTriggers(migrationBuilder, "DisposalProtocols");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RegisterCases_DisposalProtocols_DisposalProtocolId",
                table: "RegisterCases");

            AppendOnly.DropTriggers(migrationBuilder, "DisposalProtocols");

            migrationBuilder.DropTable(
                name: "DisposalProtocols");

            migrationBuilder.DropIndex(
                name: "IX_RegisterCases_DisposalProtocolId",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "DisposalProtocolId",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "Erasure",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalConfirmedAt",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalConfirmedBy",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalConfirmedById",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalProposedAt",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalProposedBy",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalProposedById",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RemovalReason",
                table: "RegisterCases");
        }
    }
}
