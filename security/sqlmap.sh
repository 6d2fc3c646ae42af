#!/usr/bin/env bash
# Runs Debian's sqlmap against the main JSON API of a freshly started Plumbline (issue 6, "SQL
# metacharacters change nothing"). See docs/security/sqlmap.md for what it does and the last result.
#
#   security/sqlmap.sh                      # H2 in a temporary directory
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/plumbline_sqlmap DB_USER=postgres security/sqlmap.sh
#
#   DB_URL=... DBMS=PostgreSQL security/sqlmap.sh   # only PostgreSQL's payloads: a run of ~20 min, not hours
#
# Settings (environment): PORT (18121), LEVEL (1), RISK (1), TECHNIQUE (BEUST: all), DBMS (none: every
# database's payloads), JAR (target/plumbline.jar), OUT (target/sqlmap). The database must be fresh.
# Exit status: 0 when sqlmap found no injectable parameter, 1 when it found one, 2 on setup failure.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18121}
LEVEL=${LEVEL:-1}
RISK=${RISK:-1}
TECHNIQUE=${TECHNIQUE:-BEUST}
DBMS=${DBMS:-}
JAR=${JAR:-target/plumbline.jar}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/plumbline-sqlmap.XXXXXX)
OUT="${OUT:-target/sqlmap}"
mkdir -p "$OUT"

command -v sqlmap >/dev/null || { echo "sqlmap is missing: apt-get install -y sqlmap" >&2; exit 2; }
if [ ! -f "$JAR" ]; then
	./mvnw -q -o package -DskipTests
fi

DB_URL=${DB_URL:-"jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"}
DB_USER=${DB_USER:-sa}
java -Xmx512m -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$DB_URL" \
	--spring.datasource.username="$DB_USER" --plumbline.demo.enabled=true >"$OUT/app.log" 2>&1 &
APP=$!
trap 'status=$?; kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"; exit $status' EXIT
for _ in $(seq 1 180); do
	curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
	sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "the app did not start; see $OUT/app.log" >&2; exit 2; }

# Sign in as the demo leader and issue a personal API token (tokens come only from a browser session).
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN_FIELD=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=leader@demo.plumbline.dev" \
	--data-urlencode "password=demo-leader" --data-urlencode "_csrf=$TOKEN_FIELD" "$BASE/login"
HEADER=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/o/demo/charter" \
	| grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//')
API_TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H "X-CSRF-TOKEN: $HEADER" -H 'Content-Type: application/json' \
	-d '{"name":"sqlmap"}' "$BASE/api/v1/me/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$API_TOKEN" ] || { echo "could not get an API token" >&2; exit 2; }
curl -fs -H "Authorization: Bearer $API_TOKEN" "$BASE/api/v1/orgs/demo/charter" >/dev/null

TEAM=$(curl -fs -H "Authorization: Bearer $API_TOKEN" "$BASE/api/v1/orgs/demo/teams" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
DECISION=$(curl -fs -H "Authorization: Bearer $API_TOKEN" "$BASE/api/v1/orgs/demo/decisions" | grep -o '"key":"[^"]*"' | head -1 | cut -d'"' -f4)

# What sqlmap tries: every query parameter, every JSON value, and path segments marked with *.
TARGETS=(
	"GET|$BASE/api/v1/orgs/demo/kpis?pillar=access&owner=x&status=GREEN&page=0&size=10|"
	"GET|$BASE/api/v1/orgs/demo/objectives?pillar=access&page=0&size=10|"
	"GET|$BASE/api/v1/orgs/demo/initiatives?pillar=access&status=ACTIVE&page=0&size=10|"
	"GET|$BASE/api/v1/orgs/demo/activity?page=0&size=10|"
	"GET|$BASE/api/v1/orgs/demo/charter/diff?from=1&to=1|"
	"GET|$BASE/api/v1/orgs/demo/audit/runs?max=5|"
	"GET|$BASE/api/v1/orgs/demo*/decisions/${DECISION:-x}*|"
	"GET|$BASE/api/v1/orgs/demo/export?format=yaml|"
	"POST|$BASE/api/v1/orgs/demo/teams|{\"key\":\"sqlmap-team\",\"name\":\"Sqlmap team\",\"parentKey\":null}"
	"POST|$BASE/api/v1/orgs/demo/people|{\"key\":\"sqlmap-person\",\"name\":\"Sql Map\",\"email\":\"sql@example.org\",\"teamKey\":\"x\"}"
	"POST|$BASE/api/v1/orgs/demo/kpis|{\"key\":\"sqlmap-kpi\",\"name\":\"Sqlmap KPI\",\"unit\":\"%\",\"owner\":\"x\",\"pillars\":[\"access\"],\"cadence\":\"monthly\",\"direction\":\"increase\",\"target\":10,\"thresholds\":{\"red\":2,\"green\":8}}"
	"POST|$BASE/api/v1/orgs/demo/objectives|{\"key\":\"sqlmap-o\",\"title\":\"Sqlmap objective\",\"description\":\"d\",\"teamId\":\"${TEAM}\",\"pillars\":[\"access\"],\"priority\":1,\"keyResults\":[{\"key\":\"k\",\"title\":\"t\",\"unit\":\"%\",\"baseline\":0,\"target\":1,\"direction\":\"INCREASE\"}]}"
	"POST|$BASE/api/v1/orgs/demo/initiatives|{\"key\":\"sqlmap-i\",\"name\":\"Sqlmap initiative\",\"description\":\"d\",\"status\":\"PROPOSED\",\"pillars\":[\"access\"]}"
)

found=0
: >"$OUT/summary.txt"
for target in "${TARGETS[@]}"; do
	IFS='|' read -r method url body <<<"$target"
	args=(-u "$url" --method="$method" -H "Authorization: Bearer $API_TOKEN" --batch --level="$LEVEL" --risk="$RISK"
		--technique="$TECHNIQUE" --threads=2 --flush-session --disable-coloring --output-dir="$OUT/runs"
		--ignore-code=400,404,409,415 --time-sec=3)
	if [ -n "$DBMS" ]; then
		args+=(--dbms="$DBMS")
	fi
	if [ -n "$body" ]; then
		args+=(--data="$body" -H "Content-Type: application/json")
	fi
	log="$OUT/$(echo "$method $url" | tr -c 'A-Za-z0-9' '_' | cut -c1-120).log"
	echo "== sqlmap $method $url" | tee -a "$OUT/summary.txt"
	sqlmap "${args[@]}" >"$log" 2>&1 || true
	if grep -qiE "is vulnerable|sqlmap identified the following injection point" "$log"; then
		found=1
		echo "   INJECTABLE: see $log" | tee -a "$OUT/summary.txt"
	else
		grep -E "does not seem to be injectable|no parameter\(s\) found" "$log" \
			| sed 's/^\[[0-9:]*\] //; s/^/   /' | sort -u | tee -a "$OUT/summary.txt" || true
		grep -q "all tested parameters do not appear to be injectable" "$log" \
			&& echo "   all tested parameters do not appear to be injectable" | tee -a "$OUT/summary.txt"
		grep -E "\[CRITICAL\]" "$log" | sed 's/^\[[0-9:]*\] //; s/^/   /' | sort -u | head -3 | tee -a "$OUT/summary.txt" || true
	fi
done
if grep -qE " 500 |HTTP error codes detected.*500" "$OUT"/*.log; then
	echo "note: some payloads caused HTTP 500 answers (see the logs)" | tee -a "$OUT/summary.txt"
fi
echo "sqlmap $(sqlmap --version 2>/dev/null | head -1), level $LEVEL, risk $RISK, techniques $TECHNIQUE, dbms ${DBMS:-any}: $([ $found = 0 ] && echo 'nothing found' || echo 'INJECTION FOUND')" | tee -a "$OUT/summary.txt"
exit $found
