using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samordna.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Interventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interventions_intervention",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Orientation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PreciseOrientation = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FollowUpMethod = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EsfCoFinanced = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeTo = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortTermGoals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LongTermGoals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExpectedEffects = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ImplementationPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FollowUpPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AccessRoute = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PublicContact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TargetMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PreparationStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConflictsOfInterest = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreementSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchTerms = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_intervention", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_intervention_governance_decision_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "governance_decision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interventions_intervention_governance_meeting_TargetMeetingId",
                        column: x => x.TargetMeetingId,
                        principalTable: "governance_meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interventions_intervention_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interventions_intervention_registry_organisation_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_document_content",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_document_content", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "interventions_budget_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Actual = table.Column<long>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_budget_line", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_budget_line_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_document", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_document_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Move = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_event_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_funding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_funding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_funding_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_grant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_grant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_grant_governance_decision_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "governance_decision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_interventions_grant_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_municipality",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_municipality", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_municipality_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_party",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_party", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_party_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_interventions_party_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interventions_payment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_payment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_payment_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_report",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WhatWasDone = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ParticipantsWomen = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipantsMen = table.Column<int>(type: "INTEGER", nullable: true),
                    ResultsAgainstGoals = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    BecomesPermanent = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_report", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_report_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_target_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_target_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_target_group_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interventions_year",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedWomen = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedMen = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions_year", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interventions_year_interventions_intervention_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "interventions_intervention",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_budget_line_InterventionId_Year",
                table: "interventions_budget_line",
                columns: new[] { "InterventionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_document_InterventionId_UploadedAt",
                table: "interventions_document",
                columns: new[] { "InterventionId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_event_InterventionId_OccurredAt",
                table: "interventions_event",
                columns: new[] { "InterventionId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_funding_InterventionId_Year",
                table: "interventions_funding",
                columns: new[] { "InterventionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_grant_DecisionId",
                table: "interventions_grant",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_grant_InterventionId_DecisionId_Year",
                table: "interventions_grant",
                columns: new[] { "InterventionId", "DecisionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_AssociationId_State",
                table: "interventions_intervention",
                columns: new[] { "AssociationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_DecisionId",
                table: "interventions_intervention",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_OwnerOrganisationId",
                table: "interventions_intervention",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_Published_State",
                table: "interventions_intervention",
                columns: new[] { "Published", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_intervention_TargetMeetingId",
                table: "interventions_intervention",
                column: "TargetMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_municipality_InterventionId_MunicipalityCode",
                table: "interventions_municipality",
                columns: new[] { "InterventionId", "MunicipalityCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_municipality_MunicipalityCode",
                table: "interventions_municipality",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_party_InterventionId_OrganisationId",
                table: "interventions_party",
                columns: new[] { "InterventionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_party_OrganisationId",
                table: "interventions_party",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_payment_InterventionId_PlannedOn",
                table: "interventions_payment",
                columns: new[] { "InterventionId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_report_InterventionId_DueOn",
                table: "interventions_report",
                columns: new[] { "InterventionId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_report_SubmittedOn_DueOn",
                table: "interventions_report",
                columns: new[] { "SubmittedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_target_group_Code",
                table: "interventions_target_group",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_interventions_target_group_InterventionId_Code",
                table: "interventions_target_group",
                columns: new[] { "InterventionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_year_InterventionId_Year",
                table: "interventions_year",
                columns: new[] { "InterventionId", "Year" },
                unique: true);

            // The catalogue's full-text index (docs/adr/0013): the app writes Swedish stems into SearchTerms; an FTS5
            // table with external content indexes them (diacritics kept, so å, ä and ö stay letters of their own),
            // kept in step by triggers. 'rebuild' fills it from the table; a migration that rebuilds the table must
            // recreate the triggers and run it again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE interventions_search USING fts5(
                    "SearchTerms", content='interventions_intervention', content_rowid='rowid',
                    tokenize = 'unicode61 remove_diacritics 0');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER interventions_search_insert AFTER INSERT ON interventions_intervention BEGIN
                    INSERT INTO interventions_search(rowid, "SearchTerms") VALUES (new.rowid, new."SearchTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER interventions_search_delete AFTER DELETE ON interventions_intervention BEGIN
                    INSERT INTO interventions_search(interventions_search, rowid, "SearchTerms") VALUES ('delete', old.rowid, old."SearchTerms");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER interventions_search_update AFTER UPDATE OF "SearchTerms" ON interventions_intervention BEGIN
                    INSERT INTO interventions_search(interventions_search, rowid, "SearchTerms") VALUES ('delete', old.rowid, old."SearchTerms");
                    INSERT INTO interventions_search(rowid, "SearchTerms") VALUES (new.rowid, new."SearchTerms");
                END;
                """);
            migrationBuilder.Sql("INSERT INTO interventions_search(interventions_search) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS interventions_search_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS interventions_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS interventions_search_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS interventions_search;");

            migrationBuilder.DropTable(
                name: "interventions_budget_line");

            migrationBuilder.DropTable(
                name: "interventions_document");

            migrationBuilder.DropTable(
                name: "interventions_event");

            migrationBuilder.DropTable(
                name: "interventions_funding");

            migrationBuilder.DropTable(
                name: "interventions_grant");

            migrationBuilder.DropTable(
                name: "interventions_municipality");

            migrationBuilder.DropTable(
                name: "interventions_party");

            migrationBuilder.DropTable(
                name: "interventions_payment");

            migrationBuilder.DropTable(
                name: "interventions_report");

            migrationBuilder.DropTable(
                name: "interventions_target_group");

            migrationBuilder.DropTable(
                name: "interventions_year");

            migrationBuilder.DropTable(
                name: "platform_document_content");

            migrationBuilder.DropTable(
                name: "interventions_intervention");
        }
    }
}
