using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoxOpeningId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    SpoolFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PagesRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    StoredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    StoredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Png = table.Column<byte[]>(type: "BLOB", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScanBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Pages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FormNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Blank = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurveyResponseId = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScannedFormId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Proposed = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Image = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
