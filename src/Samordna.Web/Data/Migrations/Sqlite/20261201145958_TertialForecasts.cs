using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TertialForecasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "economy_forecast",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tertial = table.Column<int>(type: "INTEGER", nullable: false),
                    ActualsUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_forecast", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_forecast_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_forecast_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForecastId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    YearEnd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_forecast_line", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_forecast_line_economy_forecast_ForecastId",
                        column: x => x.ForecastId,
                        principalTable: "economy_forecast",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_forecast_line_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_economy_forecast_line_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_economy_forecast_AssociationId_Year_Tertial",
                table: "economy_forecast",
                columns: new[] { "AssociationId", "Year", "Tertial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_forecast_line_AssociationId",
                table: "economy_forecast_line",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_forecast_line_ForecastId_Position",
                table: "economy_forecast_line",
                columns: new[] { "ForecastId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_forecast_line_InterventionId",
                table: "economy_forecast_line",
                column: "InterventionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "economy_forecast_line");

            migrationBuilder.DropTable(
                name: "economy_forecast");
        }
    }
}
