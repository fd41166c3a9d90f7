using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samordna.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "allocation_data_set",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitCount = table.Column<int>(type: "integer", nullable: false),
                    TotalSupportMeasure = table.Column<long>(type: "bigint", nullable: false),
                    TotalWorkingAgePopulation = table.Column<long>(type: "bigint", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_data_set", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "allocation_year_parameters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Frame = table.Column<long>(type: "bigint", nullable: false),
                    BaseAmount = table.Column<long>(type: "bigint", nullable: false),
                    SupportMeasureWeight = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    PopulationWeight = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MaxYearlyDecrease = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    EquityReductionShare = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    EquityTiers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_year_parameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "auth_user",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PhoneNumber = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actor = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: true),
                    EntityType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Changes = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_key", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ref_county",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_county", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_import",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    AssociationsCreated = table.Column<int>(type: "integer", nullable: false),
                    AssociationsUpdated = table.Column<int>(type: "integer", nullable: false),
                    MembershipsAdded = table.Column<int>(type: "integer", nullable: false),
                    MembershipsChanged = table.Column<int>(type: "integer", nullable: false),
                    MembershipsRemoved = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_import", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ParentOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CarriesRegionalRole = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisationNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_organisation_registry_organisation_ParentOrganisat~",
                        column: x => x.ParentOrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_data_set_unit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DataSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupportMeasure = table.Column<long>(type: "bigint", nullable: false),
                    WorkingAgePopulation = table.Column<long>(type: "bigint", nullable: false),
                    FinancialAssistance = table.Column<long>(type: "bigint", nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_data_set_unit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_data_set_unit_allocation_data_set_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "allocation_data_set",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_run",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DataSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    DataSetHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ParametersJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    InputsJson = table.Column<string>(type: "character varying(1000000)", maxLength: 1000000, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Frame = table.Column<long>(type: "bigint", nullable: false),
                    Lambda = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AssociationCount = table.Column<int>(type: "integer", nullable: false),
                    FloorsBinding = table.Column<int>(type: "integer", nullable: false),
                    CeilingsBinding = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_run", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_run_allocation_data_set_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "allocation_data_set",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "auth_role_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_role_assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_auth_role_assignment_auth_user_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_claim",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_claim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_auth_user_claim_auth_user_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_login",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_login", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_auth_user_login_auth_user_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_user_token",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auth_user_token", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_auth_user_token_auth_user_UserId",
                        column: x => x.UserId,
                        principalTable: "auth_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ref_municipality",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_municipality", x => x.Code);
                    table.ForeignKey(
                        name: "FK_ref_municipality_ref_county_CountyCode",
                        column: x => x.CountyCode,
                        principalTable: "ref_county",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_association",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SeatMunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FormedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LiquidationFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_association", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_association_ref_municipality_SeatMunicipalityCode",
                        column: x => x.SeatMunicipalityCode,
                        principalTable: "ref_municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_association_input",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PreviousAllocation = table.Column<long>(type: "bigint", nullable: true),
                    ForecastEquity = table.Column<long>(type: "bigint", nullable: true),
                    ReasonableEquityOverride = table.Column<long>(type: "bigint", nullable: true),
                    AskedAmount = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_association_input", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_association_input_registry_association_Associati~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_contribution_table",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CharterVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StateShare = table.Column<long>(type: "bigint", nullable: false),
                    RegionsTotal = table.Column<long>(type: "bigint", nullable: false),
                    MunicipalitiesTotal = table.Column<long>(type: "bigint", nullable: false),
                    AdoptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_contribution_table", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_contribution_table_allocation_run_RunId",
                        column: x => x.RunId,
                        principalTable: "allocation_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_allocation_contribution_table_registry_association_Associat~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_internal_split",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PopulationWeight = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_internal_split", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_internal_split_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_allocation_internal_split_registry_organisation_Organisatio~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_run_result",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupportMeasure = table.Column<long>(type: "bigint", nullable: false),
                    WorkingAgePopulation = table.Column<long>(type: "bigint", nullable: false),
                    ModelAmount = table.Column<long>(type: "bigint", nullable: false),
                    ModelAmountExact = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Floor = table.Column<long>(type: "bigint", nullable: false),
                    FloorReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Ceiling = table.Column<long>(type: "bigint", nullable: true),
                    CeilingReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Binding = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AboveReasonableEquity = table.Column<bool>(type: "boolean", nullable: false),
                    ExactAmountDisplay = table.Column<long>(type: "bigint", nullable: false),
                    ExactAmount = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PreviousAllocation = table.Column<long>(type: "bigint", nullable: true),
                    ChangeFromPrevious = table.Column<long>(type: "bigint", nullable: true),
                    ChangeFractionE4 = table.Column<long>(type: "bigint", nullable: true),
                    ExplanationJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_run_result", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_run_result_allocation_run_RunId",
                        column: x => x.RunId,
                        principalTable: "allocation_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_allocation_run_result_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_auditor",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Firm = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AppointedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_auditor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_auditor_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_auditor_registry_organisation_AppointedByOrganis~",
                        column: x => x.AppointedByOrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_board_appointment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SubstituteOrder = table.Column<int>(type: "integer", nullable: true),
                    Eligibility = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Office = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_board_appointment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_board_appointment_registry_association_Associati~",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_board_appointment_registry_organisation_Appointe~",
                        column: x => x.AppointedByOrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_board_appointment_registry_organisation_Organisa~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_discharge",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_discharge", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_discharge_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_discharge_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_meeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MinutesApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AttendanceRecorded = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_meeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_meeting_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_charter_version",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    BoardSeatsPerMember = table.Column<int>(type: "integer", nullable: false),
                    MandatePeriodYears = table.Column<int>(type: "integer", nullable: true),
                    NoticePeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    QualifiedMajorityMatters = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MunicipalSplitKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RegionSplitKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MixPopulationWeight = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_charter_version", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_charter_version_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_membership", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_membership_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_membership_registry_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_membership_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounterpartAssociationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounterpartName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EquitySettled = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_membership_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_membership_event_registry_association_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_membership_event_registry_association_CounterpartA~",
                        column: x => x.CounterpartAssociationId,
                        principalTable: "registry_association",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_membership_event_registry_organisation_Organisatio~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_contribution_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TableId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ParentOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    AsMunicipality = table.Column<long>(type: "bigint", nullable: false),
                    AsRegion = table.Column<long>(type: "bigint", nullable: false),
                    Share = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Derivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_contribution_line", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_contribution_line_allocation_contribution_table_~",
                        column: x => x.TableId,
                        principalTable: "allocation_contribution_table",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocation_internal_split_unit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: false),
                    SupportMeasure = table.Column<long>(type: "bigint", nullable: false),
                    FinancialAssistance = table.Column<long>(type: "bigint", nullable: false),
                    FixedShare = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_internal_split_unit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocation_internal_split_unit_allocation_internal_split_Se~",
                        column: x => x.SettingId,
                        principalTable: "allocation_internal_split",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_agenda_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_agenda_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_agenda_item_governance_meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Capacity = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ReplacesAppointmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_attendance_governance_board_appointment_Appointm~",
                        column: x => x.AppointmentId,
                        principalTable: "governance_board_appointment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_attendance_governance_board_appointment_Replaces~",
                        column: x => x.ReplacesAppointmentId,
                        principalTable: "governance_board_appointment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_attendance_governance_meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_charter_board_seat",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CharterVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_charter_board_seat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_charter_board_seat_registry_charter_version_Charte~",
                        column: x => x.CharterVersionId,
                        principalTable: "registry_charter_version",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_registry_charter_board_seat_registry_organisation_Organisat~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_charter_decision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CharterVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_charter_decision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_charter_decision_registry_charter_version_CharterV~",
                        column: x => x.CharterVersionId,
                        principalTable: "registry_charter_version",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_registry_charter_decision_registry_organisation_Organisatio~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_charter_member_share",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CharterVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_charter_member_share", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_charter_member_share_registry_charter_version_Char~",
                        column: x => x.CharterVersionId,
                        principalTable: "registry_charter_version",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_registry_charter_member_share_registry_organisation_Organis~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_decision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    LinkKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LinkedId = table.Column<Guid>(type: "uuid", nullable: true),
                    LinkText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    VoteKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    VotesFor = table.Column<int>(type: "integer", nullable: true),
                    VotesAgainst = table.Column<int>(type: "integer", nullable: true),
                    VotesAbstaining = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_decision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_decision_governance_agenda_item_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "governance_agenda_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_decision_governance_meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_decision_vote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssociationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Choice = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_decision_vote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_decision_vote_governance_board_appointment_Appoi~",
                        column: x => x.AppointmentId,
                        principalTable: "governance_board_appointment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_governance_decision_vote_governance_decision_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "governance_decision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_allocation_association_input_AssociationId_Year",
                table: "allocation_association_input",
                columns: new[] { "AssociationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_contribution_line_AssociationId",
                table: "allocation_contribution_line",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_contribution_line_TableId_Position",
                table: "allocation_contribution_line",
                columns: new[] { "TableId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_contribution_table_AssociationId_Year_Sequence",
                table: "allocation_contribution_table",
                columns: new[] { "AssociationId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_contribution_table_RunId",
                table: "allocation_contribution_table",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_data_set_ContentHash",
                table: "allocation_data_set",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_data_set_Year_Sequence",
                table: "allocation_data_set",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_data_set_unit_DataSetId_Code",
                table: "allocation_data_set_unit",
                columns: new[] { "DataSetId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_internal_split_AssociationId_OrganisationId_Year",
                table: "allocation_internal_split",
                columns: new[] { "AssociationId", "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_internal_split_OrganisationId",
                table: "allocation_internal_split",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_internal_split_unit_SettingId_Code",
                table: "allocation_internal_split_unit",
                columns: new[] { "SettingId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_run_DataSetId",
                table: "allocation_run",
                column: "DataSetId");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_run_Year_Status",
                table: "allocation_run",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_allocation_run_result_AssociationId",
                table: "allocation_run_result",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_allocation_run_result_RunId_AssociationId",
                table: "allocation_run_result",
                columns: new[] { "RunId", "AssociationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_year_parameters_Year",
                table: "allocation_year_parameters",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_auth_role_assignment_AssociationId",
                table: "auth_role_assignment",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_auth_role_assignment_UserId_Role_AssociationId_MemberOrgani~",
                table: "auth_role_assignment",
                columns: new[] { "UserId", "Role", "AssociationId", "MemberOrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "auth_user",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "auth_user",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_auth_user_claim_UserId",
                table: "auth_user_claim",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_auth_user_login_UserId",
                table: "auth_user_login",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_agenda_item_MeetingId_Position",
                table: "governance_agenda_item",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_attendance_AppointmentId",
                table: "governance_attendance",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_attendance_MeetingId_AppointmentId",
                table: "governance_attendance",
                columns: new[] { "MeetingId", "AppointmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_attendance_ReplacesAppointmentId",
                table: "governance_attendance",
                column: "ReplacesAppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_auditor_AppointedByOrganisationId",
                table: "governance_auditor",
                column: "AppointedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_auditor_AssociationId_TermStart",
                table: "governance_auditor",
                columns: new[] { "AssociationId", "TermStart" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_board_appointment_AppointedByOrganisationId",
                table: "governance_board_appointment",
                column: "AppointedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_board_appointment_AssociationId_OrganisationId_T~",
                table: "governance_board_appointment",
                columns: new[] { "AssociationId", "OrganisationId", "TermStart" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_board_appointment_OrganisationId",
                table: "governance_board_appointment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decision_AgendaItemId",
                table: "governance_decision",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decision_AssociationId_Year_Number",
                table: "governance_decision",
                columns: new[] { "AssociationId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_decision_MeetingId",
                table: "governance_decision",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decision_vote_AppointmentId",
                table: "governance_decision_vote",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decision_vote_DecisionId_AppointmentId",
                table: "governance_decision_vote",
                columns: new[] { "DecisionId", "AppointmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_discharge_AssociationId_Year_OrganisationId",
                table: "governance_discharge",
                columns: new[] { "AssociationId", "Year", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_discharge_OrganisationId",
                table: "governance_discharge",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_meeting_AssociationId_Date",
                table: "governance_meeting",
                columns: new[] { "AssociationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entry_AssociationId_OccurredAt",
                table: "platform_audit_entry",
                columns: new[] { "AssociationId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entry_EntityType_EntityId",
                table: "platform_audit_entry",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ref_municipality_CountyCode",
                table: "ref_municipality",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_association_Code",
                table: "registry_association",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_association_OrganisationNumber",
                table: "registry_association",
                column: "OrganisationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_association_SeatMunicipalityCode",
                table: "registry_association",
                column: "SeatMunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_board_seat_CharterVersionId_OrganisationId",
                table: "registry_charter_board_seat",
                columns: new[] { "CharterVersionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_board_seat_OrganisationId",
                table: "registry_charter_board_seat",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_decision_CharterVersionId_OrganisationId",
                table: "registry_charter_decision",
                columns: new[] { "CharterVersionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_decision_OrganisationId",
                table: "registry_charter_decision",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_member_share_CharterVersionId_Organisation~",
                table: "registry_charter_member_share",
                columns: new[] { "CharterVersionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_member_share_OrganisationId",
                table: "registry_charter_member_share",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_charter_version_AssociationId_ValidFrom",
                table: "registry_charter_version",
                columns: new[] { "AssociationId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_import_ImportedAt",
                table: "registry_import",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_registry_membership_AssociationId_OrganisationId_ValidFrom",
                table: "registry_membership",
                columns: new[] { "AssociationId", "OrganisationId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_membership_OrganisationId",
                table: "registry_membership",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_membership_event_AssociationId_EffectiveDate",
                table: "registry_membership_event",
                columns: new[] { "AssociationId", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_membership_event_CounterpartAssociationId",
                table: "registry_membership_event",
                column: "CounterpartAssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_membership_event_OrganisationId",
                table: "registry_membership_event",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisation_Code",
                table: "registry_organisation",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisation_ParentOrganisationId",
                table: "registry_organisation",
                column: "ParentOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocation_association_input");

            migrationBuilder.DropTable(
                name: "allocation_contribution_line");

            migrationBuilder.DropTable(
                name: "allocation_data_set_unit");

            migrationBuilder.DropTable(
                name: "allocation_internal_split_unit");

            migrationBuilder.DropTable(
                name: "allocation_run_result");

            migrationBuilder.DropTable(
                name: "allocation_year_parameters");

            migrationBuilder.DropTable(
                name: "auth_role_assignment");

            migrationBuilder.DropTable(
                name: "auth_user_claim");

            migrationBuilder.DropTable(
                name: "auth_user_login");

            migrationBuilder.DropTable(
                name: "auth_user_token");

            migrationBuilder.DropTable(
                name: "governance_attendance");

            migrationBuilder.DropTable(
                name: "governance_auditor");

            migrationBuilder.DropTable(
                name: "governance_decision_vote");

            migrationBuilder.DropTable(
                name: "governance_discharge");

            migrationBuilder.DropTable(
                name: "platform_audit_entry");

            migrationBuilder.DropTable(
                name: "platform_data_protection_key");

            migrationBuilder.DropTable(
                name: "registry_charter_board_seat");

            migrationBuilder.DropTable(
                name: "registry_charter_decision");

            migrationBuilder.DropTable(
                name: "registry_charter_member_share");

            migrationBuilder.DropTable(
                name: "registry_import");

            migrationBuilder.DropTable(
                name: "registry_membership");

            migrationBuilder.DropTable(
                name: "registry_membership_event");

            migrationBuilder.DropTable(
                name: "allocation_contribution_table");

            migrationBuilder.DropTable(
                name: "allocation_internal_split");

            migrationBuilder.DropTable(
                name: "auth_user");

            migrationBuilder.DropTable(
                name: "governance_board_appointment");

            migrationBuilder.DropTable(
                name: "governance_decision");

            migrationBuilder.DropTable(
                name: "registry_charter_version");

            migrationBuilder.DropTable(
                name: "allocation_run");

            migrationBuilder.DropTable(
                name: "registry_organisation");

            migrationBuilder.DropTable(
                name: "governance_agenda_item");

            migrationBuilder.DropTable(
                name: "allocation_data_set");

            migrationBuilder.DropTable(
                name: "governance_meeting");

            migrationBuilder.DropTable(
                name: "registry_association");

            migrationBuilder.DropTable(
                name: "ref_municipality");

            migrationBuilder.DropTable(
                name: "ref_county");
        }
    }
}
