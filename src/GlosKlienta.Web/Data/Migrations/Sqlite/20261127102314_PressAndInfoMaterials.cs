using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PressAndInfoMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InfoMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewBy31March = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InfoMaterials_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MediaContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PressConferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressConferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PressReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CorrectionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InfoMaterialVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InfoMaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoMaterialVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InfoMaterialVersions_InfoMaterials_InfoMaterialId",
                        column: x => x.InfoMaterialId,
                        principalTable: "InfoMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PressConferenceInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PressConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressConferenceInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PressConferenceInvitations_MediaContacts_MediaContactId",
                        column: x => x.MediaContactId,
                        principalTable: "MediaContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PressConferenceInvitations_PressConferences_PressConferenceId",
                        column: x => x.PressConferenceId,
                        principalTable: "PressConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PressConferenceReleases",
                columns: table => new
                {
                    PressConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressConferenceReleases", x => new { x.PressConferenceId, x.ReleasesId });
                    table.ForeignKey(
                        name: "FK_PressConferenceReleases_PressConferences_PressConferenceId",
                        column: x => x.PressConferenceId,
                        principalTable: "PressConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PressConferenceReleases_PressReleases_ReleasesId",
                        column: x => x.ReleasesId,
                        principalTable: "PressReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PressFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PressReleaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    PressConferenceId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PressFiles_PressConferences_PressConferenceId",
                        column: x => x.PressConferenceId,
                        principalTable: "PressConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PressFiles_PressReleases_PressReleaseId",
                        column: x => x.PressReleaseId,
                        principalTable: "PressReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PressReleaseVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PressReleaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CorrectionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Attachments = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressReleaseVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PressReleaseVersions_PressReleases_PressReleaseId",
                        column: x => x.PressReleaseId,
                        principalTable: "PressReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InfoMaterials_OwnerId",
                table: "InfoMaterials",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_InfoMaterials_Slug",
                table: "InfoMaterials",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InfoMaterialVersions_InfoMaterialId_Number",
                table: "InfoMaterialVersions",
                columns: new[] { "InfoMaterialId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PressConferenceInvitations_MediaContactId",
                table: "PressConferenceInvitations",
                column: "MediaContactId");

            migrationBuilder.CreateIndex(
                name: "IX_PressConferenceInvitations_PressConferenceId",
                table: "PressConferenceInvitations",
                column: "PressConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_PressConferenceReleases_ReleasesId",
                table: "PressConferenceReleases",
                column: "ReleasesId");

            migrationBuilder.CreateIndex(
                name: "IX_PressFiles_PressConferenceId",
                table: "PressFiles",
                column: "PressConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_PressFiles_PressReleaseId",
                table: "PressFiles",
                column: "PressReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PressReleases_Key",
                table: "PressReleases",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PressReleaseVersions_PressReleaseId_Number",
                table: "PressReleaseVersions",
                columns: new[] { "PressReleaseId", "Number" },
                unique: true);

            // Published versions and frozen attachments are document-control records: the database refuses changes too.
            migrationBuilder.Sql("""CREATE TRIGGER "PressReleaseVersions_no_update" BEFORE UPDATE ON "PressReleaseVersions" BEGIN SELECT RAISE(ABORT, 'Frozen record: PressReleaseVersions cannot be changed.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "PressReleaseVersions_no_delete" BEFORE DELETE ON "PressReleaseVersions" BEGIN SELECT RAISE(ABORT, 'Frozen record: PressReleaseVersions cannot be deleted.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "InfoMaterialVersions_no_update" BEFORE UPDATE ON "InfoMaterialVersions" BEGIN SELECT RAISE(ABORT, 'Frozen record: InfoMaterialVersions cannot be changed.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "InfoMaterialVersions_no_delete" BEFORE DELETE ON "InfoMaterialVersions" BEGIN SELECT RAISE(ABORT, 'Frozen record: InfoMaterialVersions cannot be deleted.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "PressFiles_frozen_update" BEFORE UPDATE ON "PressFiles" WHEN OLD."FrozenAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'Frozen record: PressFiles cannot be changed.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "PressFiles_frozen_delete" BEFORE DELETE ON "PressFiles" WHEN OLD."FrozenAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'Frozen record: PressFiles cannot be deleted.'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressReleaseVersions_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressReleaseVersions_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "InfoMaterialVersions_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "InfoMaterialVersions_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "PressFiles_frozen_delete";""");

            migrationBuilder.DropTable(
                name: "InfoMaterialVersions");

            migrationBuilder.DropTable(
                name: "PressConferenceInvitations");

            migrationBuilder.DropTable(
                name: "PressConferenceReleases");

            migrationBuilder.DropTable(
                name: "PressFiles");

            migrationBuilder.DropTable(
                name: "PressReleaseVersions");

            migrationBuilder.DropTable(
                name: "InfoMaterials");

            migrationBuilder.DropTable(
                name: "MediaContacts");

            migrationBuilder.DropTable(
                name: "PressConferences");

            migrationBuilder.DropTable(
                name: "PressReleases");
        }
    }
}
