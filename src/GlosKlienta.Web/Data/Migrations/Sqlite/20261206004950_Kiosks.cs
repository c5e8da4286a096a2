using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Kiosks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kiosks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EnrolmentTokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    EnrolmentExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeviceSecretHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kiosks", x => x.Id);
                });

            // SQLite adds a nullable column with its reference in place; EF's AddColumn + AddForeignKey would rebuild the
            // whole table outside a transaction (PRAGMA foreign_keys = 0) and log a warning at every first start.
            migrationBuilder.Sql("ALTER TABLE \"SurveyResponses\" ADD COLUMN \"KioskId\" INTEGER NULL REFERENCES \"Kiosks\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_KioskId",
                table: "SurveyResponses",
                column: "KioskId");

            migrationBuilder.CreateIndex(
                name: "IX_Kiosks_DeviceSecretHash",
                table: "Kiosks",
                column: "DeviceSecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kiosks_EnrolmentTokenHash",
                table: "Kiosks",
                column: "EnrolmentTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_Kiosks_KioskId",
                table: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "Kiosks");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_KioskId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "KioskId",
                table: "SurveyResponses");
        }
    }
}
