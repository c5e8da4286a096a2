using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ManagementReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ManagementReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApprovedReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ManagementReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Odt = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OdtSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DocxSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovedReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovedReviews_ManagementReviews_ManagementReviewId",
                        column: x => x.ManagementReviewId,
                        principalTable: "ManagementReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // SQLite adds a nullable column with its reference in place; EF's AddColumn + AddForeignKey would rebuild the
            // whole table outside a transaction (PRAGMA foreign_keys = 0) and log a warning at every first start.
            migrationBuilder.Sql("ALTER TABLE \"QualityActions\" ADD COLUMN \"ManagementReviewId\" INTEGER NULL REFERENCES \"ManagementReviews\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_ManagementReviewId",
                table: "QualityActions",
                column: "ManagementReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedReviews_ManagementReviewId",
                table: "ApprovedReviews",
                column: "ManagementReviewId",
                unique: true);

            AppendOnly.CreateTriggers(migrationBuilder, "ApprovedReviews");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnly.DropTriggers(migrationBuilder, "ApprovedReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_QualityActions_ManagementReviews_ManagementReviewId",
                table: "QualityActions");

            migrationBuilder.DropTable(
                name: "ApprovedReviews");

            migrationBuilder.DropTable(
                name: "ManagementReviews");

            migrationBuilder.DropIndex(
                name: "IX_QualityActions_ManagementReviewId",
                table: "QualityActions");

            migrationBuilder.DropColumn(
                name: "ManagementReviewId",
                table: "QualityActions");
        }
    }
}
