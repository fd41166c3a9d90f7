using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerObjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CostCentre",
                table: "economy_ledger_transaction",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Project",
                table: "economy_ledger_transaction",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "economy_ledger_object",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LedgerYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_ledger_object", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_ledger_object_economy_ledger_year_LedgerYearId",
                        column: x => x.LedgerYearId,
                        principalTable: "economy_ledger_year",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_ledger_object_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_object_mapping",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_object_mapping", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_object_mapping_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_object_mapping_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_object_AssociationId",
                table: "economy_ledger_object",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_object_LedgerYearId_Dimension_Number",
                table: "economy_ledger_object",
                columns: new[] { "LedgerYearId", "Dimension", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_object_mapping_AssociationId_Dimension_Number",
                table: "economy_object_mapping",
                columns: new[] { "AssociationId", "Dimension", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_object_mapping_InterventionId",
                table: "economy_object_mapping",
                column: "InterventionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "economy_ledger_object");

            migrationBuilder.DropTable(
                name: "economy_object_mapping");

            migrationBuilder.DropColumn(
                name: "CostCentre",
                table: "economy_ledger_transaction");

            migrationBuilder.DropColumn(
                name: "Project",
                table: "economy_ledger_transaction");
        }
    }
}
