using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpDisposal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followup_disposed_income_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_disposed_income_count", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_disposed_income_count_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_disposed_income_count_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_disposed_leaver_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartOccupation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EndOccupation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_disposed_leaver_count", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_disposed_leaver_count_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_disposed_leaver_count_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_disposed_participant_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportTimeBefore = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EducationLevel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_disposed_participant_count", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_disposed_participant_count_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_disposed_participant_count_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_income_count_AssociationId_Year",
                table: "followup_disposed_income_count",
                columns: new[] { "AssociationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_income_count_InterventionId_Year",
                table: "followup_disposed_income_count",
                columns: new[] { "InterventionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_leaver_count_AssociationId_Year",
                table: "followup_disposed_leaver_count",
                columns: new[] { "AssociationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_leaver_count_InterventionId_Year",
                table: "followup_disposed_leaver_count",
                columns: new[] { "InterventionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_participant_count_AssociationId_Year",
                table: "followup_disposed_participant_count",
                columns: new[] { "AssociationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_participant_count_InterventionId_Year",
                table: "followup_disposed_participant_count",
                columns: new[] { "InterventionId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_disposed_income_count");

            migrationBuilder.DropTable(
                name: "followup_disposed_leaver_count");

            migrationBuilder.DropTable(
                name: "followup_disposed_participant_count");
        }
    }
}
