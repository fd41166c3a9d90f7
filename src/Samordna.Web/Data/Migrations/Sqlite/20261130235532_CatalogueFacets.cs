using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogueFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_interventions_intervention_Published_State",
                table: "interventions_intervention");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_Published_State_Name_Id",
                table: "interventions_intervention",
                columns: new[] { "Published", "State", "Name", "Id" });

            // Rows indexed before facet tokens existed get them (CatalogueIndex.Facets); new saves write them in the app.
            migrationBuilder.Sql("""
                UPDATE interventions_intervention SET "SearchTerms" = "SearchTerms"
                    || coalesce((SELECT ' ' || group_concat('kommun' || m."MunicipalityCode", ' ') FROM interventions_municipality m WHERE m."InterventionId" = interventions_intervention."Id"), '')
                    || coalesce((SELECT ' ' || group_concat('malgrupp' || replace(replace(lower(t."Code"), '-', ''), '_', ''), ' ') FROM interventions_target_group t WHERE t."InterventionId" = interventions_intervention."Id"), '')
                    || ' inriktning' || lower("Orientation");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_interventions_intervention_Published_State_Name_Id",
                table: "interventions_intervention");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_Published_State",
                table: "interventions_intervention",
                columns: new[] { "Published", "State" });
        }
    }
}
