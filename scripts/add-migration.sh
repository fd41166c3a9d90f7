#!/usr/bin/env bash
# Adds one migration for BOTH providers, so the SQLite and PostgreSQL schemas always change together.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Samordna.Web --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Samordna.Web --context PostgresAppDbContext --output-dir Data/Migrations/Postgres
echo "Added migration $name for SQLite and PostgreSQL."
