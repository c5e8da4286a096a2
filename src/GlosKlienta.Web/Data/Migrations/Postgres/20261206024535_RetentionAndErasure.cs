using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
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
            migrationBuilder.AddColumn<int>(
                name: "DisposalProtocolId",
                table: "RegisterCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ErasedAt",
                table: "RegisterCases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Erasure",
                table: "RegisterCases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovalConfirmedAt",
                table: "RegisterCases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalConfirmedBy",
                table: "RegisterCases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalConfirmedById",
                table: "RegisterCases",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovalProposedAt",
                table: "RegisterCases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalProposedBy",
                table: "RegisterCases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalProposedById",
                table: "RegisterCases",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovalReason",
                table: "RegisterCases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisposalProtocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ProtocolNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProtocolDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DisposedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DisposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ArchiveConsent = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ItemsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisposalProtocols", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_DisposalProtocolId",
                table: "RegisterCases",
                column: "DisposalProtocolId");

            migrationBuilder.CreateIndex(
                name: "IX_DisposalProtocols_Year_Number",
                table: "DisposalProtocols",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_RegisterCases_DisposalProtocols_DisposalProtocolId",
                table: "RegisterCases",
                column: "DisposalProtocolId",
                principalTable: "DisposalProtocols",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

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
