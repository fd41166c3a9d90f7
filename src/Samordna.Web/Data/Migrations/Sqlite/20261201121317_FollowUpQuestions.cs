using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followup_question",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_question", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_question_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_question_option",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_question_option", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_question_option_followup_question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "followup_question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_question_option_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_disposed_answer_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_disposed_answer_count", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_disposed_answer_count_followup_question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "followup_question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_disposed_answer_count_followup_question_option_OptionId",
                        column: x => x.OptionId,
                        principalTable: "followup_question_option",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_disposed_answer_count_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_disposed_answer_count_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation_answer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation_answer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_answer_followup_participation_ParticipationId",
                        column: x => x.ParticipationId,
                        principalTable: "followup_participation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_participation_answer_followup_question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "followup_question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_participation_answer_followup_question_option_OptionId",
                        column: x => x.OptionId,
                        principalTable: "followup_question_option",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_participation_answer_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_participation_revision_answer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_participation_revision_answer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_answer_followup_participation_revision_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "followup_participation_revision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_answer_followup_question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "followup_question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_answer_followup_question_option_OptionId",
                        column: x => x.OptionId,
                        principalTable: "followup_question_option",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_participation_revision_answer_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_answer_count_AssociationId_Year",
                table: "followup_disposed_answer_count",
                columns: new[] { "AssociationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_answer_count_InterventionId_Year",
                table: "followup_disposed_answer_count",
                columns: new[] { "InterventionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_answer_count_OptionId",
                table: "followup_disposed_answer_count",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_disposed_answer_count_QuestionId",
                table: "followup_disposed_answer_count",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_answer_AssociationId",
                table: "followup_participation_answer",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_answer_OptionId",
                table: "followup_participation_answer",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_answer_ParticipationId_QuestionId",
                table: "followup_participation_answer",
                columns: new[] { "ParticipationId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_answer_QuestionId",
                table: "followup_participation_answer",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_answer_AssociationId",
                table: "followup_participation_revision_answer",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_answer_OptionId",
                table: "followup_participation_revision_answer",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_answer_QuestionId",
                table: "followup_participation_revision_answer",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_participation_revision_answer_RevisionId",
                table: "followup_participation_revision_answer",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_question_AssociationId_IsRetired",
                table: "followup_question",
                columns: new[] { "AssociationId", "IsRetired" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_question_option_AssociationId",
                table: "followup_question_option",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_question_option_QuestionId",
                table: "followup_question_option",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_disposed_answer_count");

            migrationBuilder.DropTable(
                name: "followup_participation_answer");

            migrationBuilder.DropTable(
                name: "followup_participation_revision_answer");

            migrationBuilder.DropTable(
                name: "followup_question_option");

            migrationBuilder.DropTable(
                name: "followup_question");
        }
    }
}
