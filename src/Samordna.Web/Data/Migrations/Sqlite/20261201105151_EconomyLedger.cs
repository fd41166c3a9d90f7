using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EconomyLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "economy_account_mapping",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_account_mapping", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_account_mapping_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_economy_account_mapping_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_ledger_year",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VoucherCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_ledger_year", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_ledger_year_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_ledger_account",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LedgerYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Opening = table.Column<long>(type: "INTEGER", nullable: true),
                    Closing = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_ledger_account", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_ledger_account_economy_ledger_year_LedgerYearId",
                        column: x => x.LedgerYearId,
                        principalTable: "economy_ledger_year",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_ledger_account_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "economy_ledger_transaction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LedgerYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VoucherNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_economy_ledger_transaction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_economy_ledger_transaction_economy_ledger_year_LedgerYearId",
                        column: x => x.LedgerYearId,
                        principalTable: "economy_ledger_year",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_economy_ledger_transaction_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_economy_account_mapping_AssociationId_Account",
                table: "economy_account_mapping",
                columns: new[] { "AssociationId", "Account" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_account_mapping_InterventionId",
                table: "economy_account_mapping",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_account_AssociationId",
                table: "economy_ledger_account",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_account_LedgerYearId_Account",
                table: "economy_ledger_account",
                columns: new[] { "LedgerYearId", "Account" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_transaction_AssociationId",
                table: "economy_ledger_transaction",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_transaction_LedgerYearId_Account",
                table: "economy_ledger_transaction",
                columns: new[] { "LedgerYearId", "Account" });

            migrationBuilder.CreateIndex(
                name: "IX_economy_ledger_year_AssociationId_Start",
                table: "economy_ledger_year",
                columns: new[] { "AssociationId", "Start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "economy_account_mapping");

            migrationBuilder.DropTable(
                name: "economy_ledger_account");

            migrationBuilder.DropTable(
                name: "economy_ledger_transaction");

            migrationBuilder.DropTable(
                name: "economy_ledger_year");
        }
    }
}
