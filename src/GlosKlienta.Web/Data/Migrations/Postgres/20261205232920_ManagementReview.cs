using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ManagementReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ManagementReviewId",
                table: "QualityActions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ManagementReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Assessment = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Changes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Resources = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApprovedReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ManagementReviewId = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Odt = table.Column<byte[]>(type: "bytea", nullable: false),
                    OdtSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    DocxSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_QualityActions_ManagementReviewId",
                table: "QualityActions",
                column: "ManagementReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedReviews_ManagementReviewId",
                table: "ApprovedReviews",
                column: "ManagementReviewId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_QualityActions_ManagementReviews_ManagementReviewId",
                table: "QualityActions",
                column: "ManagementReviewId",
                principalTable: "ManagementReviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

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
