using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "economy_member_invoice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_member_invoice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_member_invoice_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_economy_member_invoice_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_member_payment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_member_payment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_member_payment_economy_member_invoice_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "economy_member_invoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_member_payment_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_economy_member_invoice_AssociationId_Year_OrganisationId",
                table: "economy_member_invoice",
                columns: new[] { "AssociationId", "Year", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_economy_member_invoice_OrganisationId",
                table: "economy_member_invoice",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_member_payment_AssociationId",
                table: "economy_member_payment",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_member_payment_InvoiceId",
                table: "economy_member_payment",
                column: "InvoiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "economy_member_payment");

            migrationBuilder.DropTable(
                name: "economy_member_invoice");
        }
    }
}
