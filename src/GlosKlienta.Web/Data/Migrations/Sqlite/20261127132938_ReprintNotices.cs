using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReprintNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReprintNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PrintedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CurrentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeeperId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReprintNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReprintNotices_AspNetUsers_KeeperId",
                        column: x => x.KeeperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReprintNotices_ItemKey_PrintedHash_CurrentHash_KeeperId",
                table: "ReprintNotices",
                columns: new[] { "ItemKey", "PrintedHash", "CurrentHash", "KeeperId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReprintNotices_KeeperId",
                table: "ReprintNotices",
                column: "KeeperId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReprintNotices");
        }
    }
}
