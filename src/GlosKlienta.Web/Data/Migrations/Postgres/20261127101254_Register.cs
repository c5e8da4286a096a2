using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    RegisterNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileSymbol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeliveryReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: true),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SenderAddress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SenderEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    SenderKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    KindReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotHandledReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Concerns = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ConcernsStaffUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcernsStaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConcernsUnitId = table.Column<int>(type: "integer", nullable: true),
                    ConcernsText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CompetentBody = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CompetentBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CompetenceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AssignedToId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AssignedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TermKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DelayNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DelayReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ForwardedTo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlierCaseId = table.Column<int>(type: "integer", nullable: true),
                    FileNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReplyBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReplyContent = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FactualGrounds = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    LegalGrounds = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerPost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PetitionNameConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionForThirdParty = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionThirdPartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisterCaseId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisterCaseId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
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
