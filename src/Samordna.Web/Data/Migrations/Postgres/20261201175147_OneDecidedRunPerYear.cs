using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneDecidedRunPerYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Two decisions that raced before this index existed may have left two decided runs for one year: the one
            // decided last stays decided (as DecideRun leaves it), the others become saved runs, so the index can be made.
            migrationBuilder.Sql("""
                UPDATE allocation_run SET "Status" = 'Saved'
                WHERE "Status" = 'Decided' AND EXISTS (
                    SELECT 1 FROM allocation_run later
                    WHERE later."Year" = allocation_run."Year" AND later."Status" = 'Decided'
                      AND (later."DecidedAt" > allocation_run."DecidedAt"
                           OR (later."DecidedAt" = allocation_run."DecidedAt" AND later."Id" > allocation_run."Id")))
                """);
            migrationBuilder.CreateIndex(
                name: "IX_allocation_run_Year_decided",
                table: "allocation_run",
                column: "Year",
                unique: true,
                filter: "\"Status\" = 'Decided'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_allocation_run_Year_decided",
                table: "allocation_run");
        }
    }
}
