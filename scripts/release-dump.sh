#!/usr/bin/env bash
# Keeps the demo database of a release as test data, so that every later build proves its migrations
# upgrade a database made by that release (UpgradeFromPreviousReleaseIntegrationTests).
#
#   scripts/release-dump.sh 0.5                       # at the release commit, from the repository root
#   scripts/release-dump.sh 0.5 --jar target/plumbline.jar --port 18131
#
# It starts the release's jar twice — on an empty PostgreSQL database and on an empty H2 file — lets it
# seed the demo, stops it, and writes src/test/resources/release-dumps/<release>/:
#   postgresql.sql.gz  pg_dump --inserts (schema, data and flyway_schema_history; no owners or grants)
#   h2.sql.gz          H2's SCRIPT of the same
#   counts.properties  rows per table in the PostgreSQL database (the test expects them after upgrading)
# Needs: psql/pg_dump/createdb against PGHOST (default 127.0.0.1, user postgres), java 17, curl, gzip.
set -euo pipefail

release="${1:?usage: scripts/release-dump.sh <release> [--jar path] [--port n]}"
shift
jar=""
port=18131
while [ $# -gt 0 ]; do
	case "$1" in
		--jar) jar="$2"; shift 2 ;;
		--port) port="$2"; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGPORT="${PGPORT:-5432}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/test/resources/release-dumps/$release"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "$jar" ]; then
	(cd "$root" && ./mvnw -q -DskipTests package)
	jar="$root/target/plumbline.jar"
fi
mkdir -p "$out"

# Starts the jar on a database, waits until the demo is seeded and the app is up, then stops it.
seed() {
	local url="$1" user="$2" log="$work/app-$3.log"
	java -Xmx512m -jar "$jar" --server.port="$port" --plumbline.demo.enabled=true \
		--spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password= \
		>"$log" 2>&1 &
	local pid=$!
	for _ in $(seq 1 300); do
		if grep -q "Demo logins" "$log"; then break; fi
		if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; echo "the app stopped" >&2; exit 1; fi
		sleep 1
	done
	grep -q "Demo logins" "$log" || { echo "no demo after 300 s; see $log" >&2; kill "$pid"; exit 1; }
	kill "$pid"
	wait "$pid" || true
}

db="plumbline_release_dump_$$"
createdb "$db"
seed "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$PGUSER" postgresql
# \restrict lines (newer pg_dump) are psql meta-commands: the test skips lines starting with a backslash.
pg_dump --inserts --no-owner --no-privileges --no-comments "$db" | gzip -9 > "$out/postgresql.sql.gz"
psql -Atq -d "$db" -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" \
	| while read -r table; do
		echo "$table=$(psql -Atq -d "$db" -c "SELECT count(*) FROM $table")"
	done > "$out/counts.properties"
dropdb "$db"

h2="$work/h2/plumbline"
mode="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
seed "jdbc:h2:file:$h2;$mode" sa h2
(cd "$work" && unzip -qo "$jar" 'BOOT-INF/lib/h2-*.jar')
java -cp "$(ls "$work"/BOOT-INF/lib/h2-*.jar)" org.h2.tools.Script -url "jdbc:h2:file:$h2;$mode" -user sa \
	-script "$work/h2.sql"
gzip -9c "$work/h2.sql" > "$out/h2.sql.gz"
echo "Wrote $out:"
ls -l "$out"
