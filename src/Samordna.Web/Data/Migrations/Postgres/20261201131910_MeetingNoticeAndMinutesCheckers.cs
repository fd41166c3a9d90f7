using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingNoticeAndMinutesCheckers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MinutesCheckers",
                table: "governance_meeting",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeSentOn",
                table: "governance_meeting",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartsAt",
                table: "governance_meeting",
                type: "time without time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinutesCheckers",
                table: "governance_meeting");

            migrationBuilder.DropColumn(
                name: "NoticeSentOn",
                table: "governance_meeting");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "governance_meeting");
        }
    }
}
