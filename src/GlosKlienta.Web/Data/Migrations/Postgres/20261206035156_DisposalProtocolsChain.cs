using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The disposal protocols, kept records since the retention work, join the record chains (which landed beside it):
    /// their chain columns and, on SQLite, the guard against INSERT OR REPLACE. Rows already there are sealed at start.
    /// </summary>
    public partial class DisposalProtocolsChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "DisposalProtocols",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "DisposalProtocols",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "DisposalProtocols",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisposalProtocols_ChainSequence",
                table: "DisposalProtocols",
                column: "ChainSequence",
                unique: true);

            AppendOnly.CreateReplaceGuard(migrationBuilder, "DisposalProtocols");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnly.DropReplaceGuard(migrationBuilder, "DisposalProtocols");

            migrationBuilder.DropIndex(
                name: "IX_DisposalProtocols_ChainSequence",
                table: "DisposalProtocols");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "DisposalProtocols");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "DisposalProtocols");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "DisposalProtocols");
        }
    }
}
