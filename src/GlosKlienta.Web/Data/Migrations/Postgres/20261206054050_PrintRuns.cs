using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrintRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrintRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyVersionId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SurveyBoxId = table.Column<int>(type: "integer", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstSerial = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintRuns_SurveyBoxes_SurveyBoxId",
                        column: x => x.SurveyBoxId,
                        principalTable: "SurveyBoxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrintRuns_SurveyVersions_SurveyVersionId",
                        column: x => x.SurveyVersionId,
                        principalTable: "SurveyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrintRuns_FirstSerial",
                table: "PrintRuns",
                column: "FirstSerial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrintRuns_SurveyBoxId",
                table: "PrintRuns",
                column: "SurveyBoxId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintRuns_SurveyVersionId",
                table: "PrintRuns",
                column: "SurveyVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrintRuns");
        }
    }
}
