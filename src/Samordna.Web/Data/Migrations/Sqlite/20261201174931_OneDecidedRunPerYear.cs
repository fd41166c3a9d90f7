using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneDecidedRunPerYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
