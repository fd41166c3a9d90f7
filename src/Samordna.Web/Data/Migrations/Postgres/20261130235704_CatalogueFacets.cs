using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
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
                    || coalesce((SELECT ' ' || string_agg('kommun' || m."MunicipalityCode", ' ') FROM interventions_municipality m WHERE m."InterventionId" = interventions_intervention."Id"), '')
                    || coalesce((SELECT ' ' || string_agg('malgrupp' || replace(replace(lower(t."Code"), '-', ''), '_', ''), ' ') FROM interventions_target_group t WHERE t."InterventionId" = interventions_intervention."Id"), '')
                    || ' inriktning' || lower("Orientation");
                """);

            // The catalogue is read far more often than written: without the GIN "fast update" list, new entries go
            // straight into the index instead of a list every search reads through until the next vacuum (ADR 0013).
            migrationBuilder.Sql("""
                ALTER INDEX "IX_interventions_intervention_search_vector" SET (fastupdate = off);
                SELECT gin_clean_pending_list('"IX_interventions_intervention_search_vector"'::regclass);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER INDEX "IX_interventions_intervention_search_vector" SET (fastupdate = on);""");

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
