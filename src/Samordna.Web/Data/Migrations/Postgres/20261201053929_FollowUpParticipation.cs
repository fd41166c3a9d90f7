using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUpParticipation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followup_headcount",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Period = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Women = table.Column<int>(type: "integer", nullable: false),
                    Men = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_headcount", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_headcount_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Sex = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartOccupation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SupportTimeBefore = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EducationLevel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EndOccupation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ExitReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_interventions_intervention_Intervent~",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation_income",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation_income", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_income_followup_participation_Partic~",
                        column: x => x.ParticipationId,
                        principalTable: "followup_participation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_participation_income_registry_association_Associat~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation_revision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Sex = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartOccupation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SupportTimeBefore = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EducationLevel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EndOccupation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ExitReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation_revision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_followup_participation_Part~",
                        column: x => x.ParticipationId,
                        principalTable: "followup_participation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_registry_association_Associ~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation_revision_income",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RevisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation_revision_income", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_income_followup_participati~",
                        column: x => x.RevisionId,
                        principalTable: "followup_participation_revision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_income_registry_association~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_headcount_InterventionId_Date_Period",
                table: "followup_headcount",
                columns: new[] { "InterventionId", "Date", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_AssociationId_Code",
                table: "followup_participation",
                columns: new[] { "AssociationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_AssociationId_StartDate",
                table: "followup_participation",
                columns: new[] { "AssociationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_InterventionId_StartDate",
                table: "followup_participation",
                columns: new[] { "InterventionId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_income_AssociationId",
                table: "followup_participation_income",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_income_ParticipationId_Phase_Code",
                table: "followup_participation_income",
                columns: new[] { "ParticipationId", "Phase", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_AssociationId",
                table: "followup_participation_revision",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_ParticipationId_ChangedAt",
                table: "followup_participation_revision",
                columns: new[] { "ParticipationId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_income_AssociationId",
                table: "followup_participation_revision_income",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_income_RevisionId",
                table: "followup_participation_revision_income",
                column: "RevisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_headcount");

            migrationBuilder.DropTable(
                name: "followup_participation_income");

            migrationBuilder.DropTable(
                name: "followup_participation_revision_income");

            migrationBuilder.DropTable(
                name: "followup_participation_revision");

            migrationBuilder.DropTable(
                name: "followup_participation");
        }
    }
}
