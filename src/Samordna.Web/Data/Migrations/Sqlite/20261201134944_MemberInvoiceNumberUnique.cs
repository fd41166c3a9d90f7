using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberInvoiceNumberUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_economy_member_invoice_AssociationId_Reference",
                table: "economy_member_invoice",
                columns: new[] { "AssociationId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_economy_member_invoice_AssociationId_Reference",
                table: "economy_member_invoice");
        }
    }
}
