using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GlosKlienta.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Register18ClarificationPetitionsReply : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClarificationAnsweredOn",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClarificationCalledOn",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClarificationDeliveredOn",
                table: "RegisterCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PetitionGroup",
                table: "RegisterCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PetitionRepresentative",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PetitionThirdPartyConsent",
                table: "RegisterCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RepeatNoNewCircumstances",
                table: "RegisterCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RepeatSameMatter",
                table: "RegisterCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReplyDelivery",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Poczta");

            migrationBuilder.AddColumn<string>(
                name: "ReplySignature",
                table: "RegisterCases",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Brak");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClarificationAnsweredOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ClarificationCalledOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ClarificationDeliveredOn",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "PetitionGroup",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "PetitionRepresentative",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "PetitionThirdPartyConsent",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RepeatNoNewCircumstances",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "RepeatSameMatter",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ReplyDelivery",
                table: "RegisterCases");

            migrationBuilder.DropColumn(
                name: "ReplySignature",
                table: "RegisterCases");
        }
    }
}
