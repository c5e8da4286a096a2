using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterCaseMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FileSymbol",
                table: "RegisterCases");

            migrationBuilder.AddColumn<string>(
                name: "CaseMark",
                table: "RegisterCases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseMarkClass",
                table: "RegisterCases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CaseMarkNumber",
                table: "RegisterCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_Year_CaseMarkClass_CaseMarkNumber",
                table: "RegisterCases",
                columns: new[] { "Year", "CaseMarkClass", "CaseMarkNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterCases_Year_CaseMarkClass_CaseMarkNumber",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "CaseMark",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "CaseMarkClass",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "CaseMarkNumber",
                table: "RegisterCases");

            migrationBuilder.AddColumn<string>(
                name: "FileSymbol",
                table: "RegisterCases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }
    }
}
