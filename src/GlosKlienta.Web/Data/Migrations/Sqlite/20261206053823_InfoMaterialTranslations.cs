using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InfoMaterialTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodyEn",
                table: "InfoMaterialVersions",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyUk",
                table: "InfoMaterialVersions",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleEn",
                table: "InfoMaterialVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleUk",
                table: "InfoMaterialVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BodyEn",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "BodyUk",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "TitleEn",
                table: "InfoMaterialVersions");

            migrationBuilder.DropColumn(
                name: "TitleUk",
                table: "InfoMaterialVersions");
        }
    }
}
