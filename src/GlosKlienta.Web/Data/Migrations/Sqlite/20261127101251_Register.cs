using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Register : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegisterCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisterNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileSymbol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeliveryReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RegisteredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SenderAddress = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SenderEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    SenderKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KindReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NotHandledReason = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConcernsStaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ConcernsStaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcernsUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcernsText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CompetentBody = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompetentBodyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CompetenceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TermKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DelayNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DelayReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ForwardedTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarlierCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReplyBodyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReplyContent = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    FactualGrounds = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    LegalGrounds = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerPost = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PetitionNameConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PetitionForThirdParty = table.Column<bool>(type: "INTEGER", nullable: false),
                    PetitionThirdPartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterCases_OrganisationalUnits_ConcernsUnitId",
                        column: x => x.ConcernsUnitId,
                        principalTable: "OrganisationalUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterCases_RegisterCases_EarlierCaseId",
                        column: x => x.EarlierCaseId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterAttachments_RegisterCases_RegisterCaseId",
                        column: x => x.RegisterCaseId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterCaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterCaseEvents_RegisterCases_RegisterCaseId",
                        column: x => x.RegisterCaseId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterAttachmentContents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterAttachmentContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterAttachmentContents_RegisterAttachments_Id",
                        column: x => x.Id,
                        principalTable: "RegisterAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterAttachments_RegisterCaseId",
                table: "RegisterAttachments",
                column: "RegisterCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCaseEvents_RegisterCaseId_At",
                table: "RegisterCaseEvents",
                columns: new[] { "RegisterCaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_AssignedToId",
                table: "RegisterCases",
                column: "AssignedToId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_ClosedOn",
                table: "RegisterCases",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_ConcernsUnitId",
                table: "RegisterCases",
                column: "ConcernsUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_EarlierCaseId",
                table: "RegisterCases",
                column: "EarlierCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_ReceivedOn",
                table: "RegisterCases",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_SubmissionKey",
                table: "RegisterCases",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_Year_Number",
                table: "RegisterCases",
                columns: new[] { "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterAttachmentContents");

            migrationBuilder.DropTable(
                name: "RegisterCaseEvents");

            migrationBuilder.DropTable(
                name: "RegisterAttachments");

            migrationBuilder.DropTable(
                name: "RegisterCases");
        }
    }
}
