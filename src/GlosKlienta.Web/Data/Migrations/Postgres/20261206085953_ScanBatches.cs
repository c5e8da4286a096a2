using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScanBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScanBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BoxOpeningId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    SpoolFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PageCount = table.Column<int>(type: "integer", nullable: false),
                    PagesRead = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Failure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Problems = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StoredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanBatches_BoxOpenings_BoxOpeningId",
                        column: x => x.BoxOpeningId,
                        principalTable: "BoxOpenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponseImages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyResponseId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponseImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponseImages_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScannedForms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScanBatchId = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    Pages = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Choices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FormNumber = table.Column<int>(type: "integer", nullable: true),
                    Blank = table.Column<bool>(type: "boolean", nullable: false),
                    SurveyResponseId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScannedForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScannedForms_ScanBatches_ScanBatchId",
                        column: x => x.ScanBatchId,
                        principalTable: "ScanBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScannedForms_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ScanQueueItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScannedFormId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Proposed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Image = table.Column<byte[]>(type: "bytea", nullable: false),
                    Decision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanQueueItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanQueueItems_ScannedForms_ScannedFormId",
                        column: x => x.ScannedFormId,
                        principalTable: "ScannedForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScanBatches_BoxOpeningId",
                table: "ScanBatches",
                column: "BoxOpeningId");

            migrationBuilder.CreateIndex(
                name: "IX_ScannedForms_ScanBatchId",
                table: "ScannedForms",
                column: "ScanBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ScannedForms_Serial",
                table: "ScannedForms",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScannedForms_SurveyResponseId",
                table: "ScannedForms",
                column: "SurveyResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanQueueItems_ScannedFormId",
                table: "ScanQueueItems",
                column: "ScannedFormId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponseImages_SurveyResponseId",
                table: "SurveyResponseImages",
                column: "SurveyResponseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScanQueueItems");

            migrationBuilder.DropTable(
                name: "SurveyResponseImages");

            migrationBuilder.DropTable(
                name: "ScannedForms");

            migrationBuilder.DropTable(
                name: "ScanBatches");
        }
    }
}
