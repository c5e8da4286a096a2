using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Buildings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsMain = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buildings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectorySnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorySnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "F2Drafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    UnopenedBoxesReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "F2Protocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Odt = table.Column<byte[]>(type: "bytea", nullable: false),
                    OdtSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    DocxSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Html = table.Column<byte[]>(type: "bytea", nullable: false),
                    HtmlSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_F2Protocols", x => x.Id);
                });

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
                name: "MediaContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExecutiveName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CouncilName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CouncilChairPost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationalUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationalUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PressConferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressConferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PressReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CorrectionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AreaKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedActions", x => x.Id);
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
                name: "SurveyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BasedOnVersionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Incomparable = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InfoMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReviewIntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    ReviewBy31March = table.Column<bool>(type: "boolean", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "PrintedItems",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    KeeperId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PrintedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PrintedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PrintedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintedItems", x => x.Key);
                    table.ForeignKey(
                        name: "FK_PrintedItems_AspNetUsers_KeeperId",
                        column: x => x.KeeperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReprintNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PrintedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KeeperId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "CashDeskHours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Opens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CashDeskHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CashDeskHours_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficeHours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Opens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeHours_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionHours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficialRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OfficialName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    BuildingId = table.Column<int>(type: "integer", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionHours_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Floor = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubstituteReceptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficialRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    BuildingId = table.Column<int>(type: "integer", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubstituteReceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubstituteReceptions_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyBoxes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    KeeperId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyBoxes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyBoxes_AspNetUsers_KeeperId",
                        column: x => x.KeeperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyBoxes_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    RegisterNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseMark = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CaseMarkClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseMarkNumber = table.Column<int>(type: "integer", nullable: false),
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
                    MemberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MemberAddress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    MemberNoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MemberNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
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
                    CouncilForwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolutionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResolutionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlierCaseId = table.Column<int>(type: "integer", nullable: true),
                    FileNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepeatSameMatter = table.Column<bool>(type: "boolean", nullable: false),
                    RepeatNoNewCircumstances = table.Column<bool>(type: "boolean", nullable: false),
                    ClarificationCalledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClarificationDeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClarificationAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyBodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReplyContent = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FactualGrounds = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    LegalGrounds = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerPost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyDelivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReplySignature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PetitionNameConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionForThirdParty = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionThirdPartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PetitionThirdPartyConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionThirdPartyNameConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionGroup = table.Column<bool>(type: "boolean", nullable: false),
                    PetitionRepresentative = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    JointAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    JointWaitingEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    JointLeadId = table.Column<int>(type: "integer", nullable: true),
                    PartForwardedTo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PartForwardedScope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PartForwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
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
                    table.ForeignKey(
                        name: "FK_RegisterCases_RegisterCases_JointLeadId",
                        column: x => x.JointLeadId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PressConferenceInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PressConferenceId = table.Column<int>(type: "integer", nullable: false),
                    MediaContactId = table.Column<int>(type: "integer", nullable: true),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                        name: "FK_PressConferenceInvitations_PressConferences_PressConference~",
                        column: x => x.PressConferenceId,
                        principalTable: "PressConferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PressConferenceReleases",
                columns: table => new
                {
                    PressConferenceId = table.Column<int>(type: "integer", nullable: false),
                    ReleasesId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PressReleaseId = table.Column<int>(type: "integer", nullable: true),
                    PressConferenceId = table.Column<int>(type: "integer", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PressReleaseId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CorrectionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attachments = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "InfoMaterialVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InfoMaterialId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tasks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OrganisationalUnitId = table.Column<int>(type: "integer", nullable: true),
                    RoomId = table.Column<int>(type: "integer", nullable: true),
                    Phones = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsAccessibilityContact = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_OrganisationalUnits_OrganisationalUnitId",
                        column: x => x.OrganisationalUnitId,
                        principalTable: "OrganisationalUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Posts_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoxOpeningNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyBoxId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    KeeperId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoxOpeningNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoxOpeningNotices_AspNetUsers_KeeperId",
                        column: x => x.KeeperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoxOpeningNotices_SurveyBoxes_SurveyBoxId",
                        column: x => x.SurveyBoxId,
                        principalTable: "SurveyBoxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoxOpenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SurveyBoxId = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<string>(type: "text", nullable: true),
                    FormCount = table.Column<int>(type: "integer", nullable: false),
                    SurveyVersionId = table.Column<int>(type: "integer", nullable: false),
                    DoubleEntry = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoxOpenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoxOpenings_SurveyBoxes_SurveyBoxId",
                        column: x => x.SurveyBoxId,
                        principalTable: "SurveyBoxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoxOpenings_SurveyVersions_SurveyVersionId",
                        column: x => x.SurveyVersionId,
                        principalTable: "SurveyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionScans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisterCaseId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionScans_RegisterCases_RegisterCaseId",
                        column: x => x.RegisterCaseId,
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
                name: "TermReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisterCaseId = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Threshold = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TermReminders_RegisterCases_RegisterCaseId",
                        column: x => x.RegisterCaseId,
                        principalTable: "RegisterCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostHolders",
                columns: table => new
                {
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostHolders", x => new { x.PostId, x.EmployeeId });
                    table.ForeignKey(
                        name: "FK_PostHolders_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostHolders_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BoxOpeningId = table.Column<int>(type: "integer", nullable: false),
                    FormNumber = table.Column<int>(type: "integer", nullable: false),
                    Pass = table.Column<int>(type: "integer", nullable: false),
                    KeyedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    KeyedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KeyedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BlankForm = table.Column<bool>(type: "boolean", nullable: false),
                    Choices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Texts = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Unreadable = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperEntries_BoxOpenings_BoxOpeningId",
                        column: x => x.BoxOpeningId,
                        principalTable: "BoxOpenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyVersionId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Choices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Unreadable = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BoxOpeningId = table.Column<int>(type: "integer", nullable: true),
                    FormNumber = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_BoxOpenings_BoxOpeningId",
                        column: x => x.BoxOpeningId,
                        principalTable: "BoxOpenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyVersions_SurveyVersionId",
                        column: x => x.SurveyVersionId,
                        principalTable: "SurveyVersions",
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

            migrationBuilder.CreateTable(
                name: "SurveyResponseTexts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyResponseId = table.Column<long>(type: "bigint", nullable: false),
                    QuestionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponseTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponseTexts_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpeningNotices_KeeperId",
                table: "BoxOpeningNotices",
                column: "KeeperId");

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpeningNotices_SurveyBoxId_Period_Late_KeeperId",
                table: "BoxOpeningNotices",
                columns: new[] { "SurveyBoxId", "Period", "Late", "KeeperId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_SurveyBoxId",
                table: "BoxOpenings",
                column: "SurveyBoxId");

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_SurveyVersionId",
                table: "BoxOpenings",
                column: "SurveyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_BoxOpenings_Year_Number",
                table: "BoxOpenings",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_Code",
                table: "Buildings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CashDeskHours_BuildingId",
                table: "CashDeskHours",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySnapshots_RecordedOn",
                table: "DirectorySnapshots",
                column: "RecordedOn");

            migrationBuilder.CreateIndex(
                name: "IX_F2Drafts_Period",
                table: "F2Drafts",
                column: "Period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_F2Protocols_Period",
                table: "F2Protocols",
                column: "Period",
                unique: true);

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
                name: "IX_JudgedAreas_Period",
                table: "JudgedAreas",
                column: "Period");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeHours_BuildingId",
                table: "OfficeHours",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationalUnits_Code",
                table: "OrganisationalUnits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperEntries_BoxOpeningId_FormNumber_Pass",
                table: "PaperEntries",
                columns: new[] { "BoxOpeningId", "FormNumber", "Pass" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionScans_RegisterCaseId",
                table: "PetitionScans",
                column: "RegisterCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostHolders_EmployeeId",
                table: "PostHolders",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_OrganisationalUnitId",
                table: "Posts",
                column: "OrganisationalUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_RoomId",
                table: "Posts",
                column: "RoomId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PrintedItems_KeeperId",
                table: "PrintedItems",
                column: "KeeperId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedActions_Period_AreaKey",
                table: "ProposedActions",
                columns: new[] { "Period", "AreaKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionHours_BuildingId",
                table: "ReceptionHours",
                column: "BuildingId");

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
                name: "IX_RegisterCases_JointLeadId",
                table: "RegisterCases",
                column: "JointLeadId");

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
                name: "IX_RegisterCases_Year_CaseMarkClass_CaseMarkNumber",
                table: "RegisterCases",
                columns: new[] { "Year", "CaseMarkClass", "CaseMarkNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCases_Year_Number",
                table: "RegisterCases",
                columns: new[] { "Year", "Number" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ReprintNotices_ItemKey_PrintedHash_CurrentHash_KeeperId",
                table: "ReprintNotices",
                columns: new[] { "ItemKey", "PrintedHash", "CurrentHash", "KeeperId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReprintNotices_KeeperId",
                table: "ReprintNotices",
                column: "KeeperId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_BuildingId_Number",
                table: "Rooms",
                columns: new[] { "BuildingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubstituteReceptions_BuildingId",
                table: "SubstituteReceptions",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_SubstituteReceptions_Date",
                table: "SubstituteReceptions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBoxes_BuildingId",
                table: "SurveyBoxes",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBoxes_Code",
                table: "SurveyBoxes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBoxes_KeeperId",
                table: "SurveyBoxes",
                column: "KeeperId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_BoxOpeningId_FormNumber",
                table: "SurveyResponses",
                columns: new[] { "BoxOpeningId", "FormNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_ReceivedOn",
                table: "SurveyResponses",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SubmissionKey",
                table: "SurveyResponses",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyVersionId",
                table: "SurveyResponses",
                column: "SurveyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponseTexts_SurveyResponseId",
                table: "SurveyResponseTexts",
                column: "SurveyResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyVersions_Number",
                table: "SurveyVersions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TermReminders_RegisterCaseId_DueOn_Threshold",
                table: "TermReminders",
                columns: new[] { "RegisterCaseId", "DueOn", "Threshold" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BoxOpeningNotices");

            migrationBuilder.DropTable(
                name: "CashDeskHours");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DirectorySnapshots");

            migrationBuilder.DropTable(
                name: "F2Drafts");

            migrationBuilder.DropTable(
                name: "F2Protocols");

            migrationBuilder.DropTable(
                name: "InfoMaterialVersions");

            migrationBuilder.DropTable(
                name: "JudgedAreas");

            migrationBuilder.DropTable(
                name: "OfficeHours");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "PaperEntries");

            migrationBuilder.DropTable(
                name: "PetitionScans");

            migrationBuilder.DropTable(
                name: "PostHolders");

            migrationBuilder.DropTable(
                name: "PressConferenceInvitations");

            migrationBuilder.DropTable(
                name: "PressConferenceReleases");

            migrationBuilder.DropTable(
                name: "PressFiles");

            migrationBuilder.DropTable(
                name: "PressReleaseVersions");

            migrationBuilder.DropTable(
                name: "PrintedItems");

            migrationBuilder.DropTable(
                name: "ProposedActions");

            migrationBuilder.DropTable(
                name: "ReceptionHours");

            migrationBuilder.DropTable(
                name: "RegisterAttachmentContents");

            migrationBuilder.DropTable(
                name: "RegisterCaseEvents");

            migrationBuilder.DropTable(
                name: "RemarkCategories");

            migrationBuilder.DropTable(
                name: "RemarkReviews");

            migrationBuilder.DropTable(
                name: "ReprintNotices");

            migrationBuilder.DropTable(
                name: "SubstituteReceptions");

            migrationBuilder.DropTable(
                name: "TermReminders");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "InfoMaterials");

            migrationBuilder.DropTable(
                name: "Employees");

            migrationBuilder.DropTable(
                name: "Posts");

            migrationBuilder.DropTable(
                name: "MediaContacts");

            migrationBuilder.DropTable(
                name: "PressConferences");

            migrationBuilder.DropTable(
                name: "PressReleases");

            migrationBuilder.DropTable(
                name: "RegisterAttachments");

            migrationBuilder.DropTable(
                name: "SurveyResponseTexts");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "RegisterCases");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "OrganisationalUnits");

            migrationBuilder.DropTable(
                name: "BoxOpenings");

            migrationBuilder.DropTable(
                name: "SurveyBoxes");

            migrationBuilder.DropTable(
                name: "SurveyVersions");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Buildings");
        }
    }
}
