using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class F2JudgementBoxesRemarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnopenedBoxesReason",
                table: "F2Drafts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JudgedAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudgedAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemarkCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemarkCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemarkReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyResponseTextId = table.Column<long>(type: "bigint", nullable: false),
                    Categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unquotable = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemarkReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemarkReviews_SurveyResponseTexts_SurveyResponseTextId",
                        column: x => x.SurveyResponseTextId,
                        principalTable: "SurveyResponseTexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "RemarkCategories",
                columns: new[] { "Id", "IsActive", "Name", "Order" },
                values: new object[,]
                {
                    { 1, true, "obsługa i uprzejmość", 1 },
                    { 2, true, "czas oczekiwania, kolejki", 2 },
                    { 3, true, "informacja i oznakowanie", 3 },
                    { 4, true, "godziny pracy urzędu", 4 },
                    { 5, true, "budynek i dostępność", 5 },
                    { 6, true, "sprawy elektroniczne i strona internetowa", 6 },
                    { 7, true, "pochwała", 7 },
                    { 8, true, "inne", 8 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_JudgedAreas_Period",
                table: "JudgedAreas",
                column: "Period");

            migrationBuilder.CreateIndex(
                name: "IX_RemarkCategories_Name",
                table: "RemarkCategories",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemarkReviews_SurveyResponseTextId",
                table: "RemarkReviews",
                column: "SurveyResponseTextId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JudgedAreas");

            migrationBuilder.DropTable(
                name: "RemarkCategories");

            migrationBuilder.DropTable(
                name: "RemarkReviews");

            migrationBuilder.DropColumn(
                name: "UnopenedBoxesReason",
                table: "F2Drafts");
        }
    }
}
