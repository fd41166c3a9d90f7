using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EconomyBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "economy_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ConsultationUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_budget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_budget_governance_decision_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "governance_decision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_economy_budget_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_budget_comment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommentedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_budget_comment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_budget_comment_economy_budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "economy_budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_budget_comment_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_economy_budget_comment_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_budget_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PlanYear1 = table.Column<long>(type: "bigint", nullable: false),
                    PlanYear2 = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_budget_line", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_budget_line_economy_budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "economy_budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_budget_line_interventions_intervention_Intervention~",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_economy_budget_line_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_economy_budget_line_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_AssociationId_Year_Number",
                table: "economy_budget",
                columns: new[] { "AssociationId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_DecisionId",
                table: "economy_budget",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_comment_AssociationId",
                table: "economy_budget_comment",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_comment_BudgetId",
                table: "economy_budget_comment",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_comment_OrganisationId",
                table: "economy_budget_comment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_line_AssociationId",
                table: "economy_budget_line",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_line_BudgetId_Position",
                table: "economy_budget_line",
                columns: new[] { "BudgetId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_line_InterventionId",
                table: "economy_budget_line",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_budget_line_OrganisationId",
                table: "economy_budget_line",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "economy_budget_comment");

            migrationBuilder.DropTable(
                name: "economy_budget_line");

            migrationBuilder.DropTable(
                name: "economy_budget");
        }
    }
}
