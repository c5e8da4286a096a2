using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseMarkClass",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CaseMarkNumber",
                table: "RegisterCases",
                type: "INTEGER",
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
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }
    }
}
