using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Art237Notice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CouncilForwardedOn",
                table: "RegisterCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MemberAddress",
                table: "RegisterCases",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MemberName",
                table: "RegisterCases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MemberNoticeDueOn",
                table: "RegisterCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MemberNoticeOn",
                table: "RegisterCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionNumber",
                table: "RegisterCases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolutionOn",
                table: "RegisterCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilChairPost",
                table: "Offices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilName",
                table: "Offices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExecutiveName",
                table: "Offices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CouncilForwardedOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "MemberAddress",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "MemberName",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "MemberNoticeDueOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "MemberNoticeOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ResolutionNumber",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ResolutionOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "CouncilChairPost",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "CouncilName",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "ExecutiveName",
                table: "Offices");
        }
    }
}
