#!/usr/bin/env bash
# neo4j.sh — a local Neo4j Community server assembled from Maven Central.
#
#   deploy/neo4j/neo4j.sh start     fetch jars if needed, start, wait until it
#                                   answers a query with the password
#   deploy/neo4j/neo4j.sh ensure    like start, but reuse any server already
#                                   answering on the Bolt port
#   deploy/neo4j/neo4j.sh stop      stop the server this script started
#   deploy/neo4j/neo4j.sh status    print state, ports and pid; exit 1 if down
#   deploy/neo4j/neo4j.sh reset     stop and delete the instance's data
#   deploy/neo4j/neo4j.sh list      every instance: state, ports, disk use
#   deploy/neo4j/neo4j.sh stop-all  stop every instance this script started
#   deploy/neo4j/neo4j.sh admin ... run neo4j-admin of the same distribution
#   deploy/neo4j/neo4j.sh logs      print the tail of the server log
#
# Environment (all optional):
#   NEO4J_BOLT_PORT   Bolt port (7687)          NEO4J_HTTP_PORT  HTTP port (7474)
#   NEO4J_INSTANCE    instance name (default); each instance has its own data
#   NEO4J_DIR         where jars and instances live (<repo>/.neo4j, git-ignored)
#   NEO4J_HEAP        JVM heap (1g)             NEO4J_PAGECACHE  page cache (512m)
#   NEO4J_START_TIMEOUT  seconds to wait until it answers a query (600)
#   NEO4J_CONF_EXTRA  extra neo4j.conf lines, appended after the defaults
#   MEDIAKG_NEO4J_PASSWORD  initial password; else the one in $NEO4J_DIR/password,
#                           generated on first start (mode 600)
#   JAVA_HOME         Java 17+ to run the server with
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
INSTANCE="${NEO4J_INSTANCE:-default}"
BASE="${NEO4J_DIR:-$repo/.neo4j}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-512m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-600}"

LIB="$BASE/lib"
PW_FILE="$BASE/password"

# use_instance NAME points the per-instance paths at instance NAME.
use_instance() {
  INSTANCE="$1"
  HOME_DIR="$BASE/instances/$INSTANCE"
  CONF_DIR="$HOME_DIR/conf"
  PID_FILE="$HOME_DIR/run/neo4j.pid"
  LOG_FILE="$HOME_DIR/logs/console.log"
}
use_instance "$INSTANCE"

die() { echo "neo4j.sh: $*" >&2; exit 1; }
say() { echo "neo4j.sh: $*"; }

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "Java is missing: install a JDK 17 or newer (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
  fi
}

check_java_version() {
  local j major
  j="$(java_bin)"
  major="$("$j" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | cut -d. -f1)"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot read the version of $j"
  (( major >= 17 )) || die "Java $major at $j is too old: Neo4j 5.26 needs Java 17 or newer (set JAVA_HOME)"
}

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # The pid must still be our JVM, not a recycled pid.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "CommunityEntryPoint" || return 1
  echo "$pid"
}

fetch_jars() {
  if [[ -f "$LIB/.complete" ]] && cmp -s "$here/pom.xml" "$LIB/.pom.xml"; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven is missing: it fetches the Neo4j jars from Maven Central (Debian: apt-get install maven)"
  say "fetching the Neo4j jars with Maven into $LIB (first run only: about 160 MB from Maven Central into ~/.m2, 140 MB copied here; a minute or two)"
  rm -rf "$LIB"
  mkdir -p "$LIB"
  # Maven runs in the background; a line every 5 seconds says how far it got.
  mvn -B -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LIB" >"$BASE/mvn.log" 2>&1 &
  local mvn_pid=$! ticks=0 rc=0
  while kill -0 "$mvn_pid" 2>/dev/null; do
    sleep 1
    ticks=$((ticks + 1))
    if (( ticks % 5 == 0 )); then
      say "  Maven: $(grep -c 'Downloaded from' "$BASE/mvn.log" || true) files downloaded, $(find "$LIB" -name '*.jar' | wc -l) jars copied (${ticks}s)"
    fi
  done
  wait "$mvn_pid" || rc=$?
  if (( rc != 0 )); then
    grep -E 'ERROR|BUILD' "$BASE/mvn.log" | tail -n 30 >&2 || tail -n 30 "$BASE/mvn.log" >&2
    die "Maven could not fetch the Neo4j jars (log: $BASE/mvn.log)"
  fi
  say "  Maven: done, $(find "$LIB" -name '*.jar' | wc -l) jars in $LIB"
  cp "$here/pom.xml" "$LIB/.pom.xml"
  touch "$LIB/.complete"
}

password() {
  if [[ -n "${MEDIAKG_NEO4J_PASSWORD:-}" ]]; then
    printf '%s' "$MEDIAKG_NEO4J_PASSWORD"
    return
  fi
  if [[ ! -s "$PW_FILE" ]]; then
    mkdir -p "$BASE"
    (umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$PW_FILE")
  fi
  cat "$PW_FILE"
}

write_conf() {
  mkdir -p "$CONF_DIR" "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/import" "$HOME_DIR/plugins"
  cat >"$CONF_DIR/neo4j.conf" <<EOF
# Written by deploy/neo4j/neo4j.sh; edits are overwritten at the next start.
server.default_listen_address=127.0.0.1
server.default_advertised_address=localhost
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=localhost:$BOLT_PORT
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=localhost:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=2 files
server.directories.data=$HOME_DIR/data
server.directories.logs=$HOME_DIR/logs
server.directories.run=$HOME_DIR/run
server.directories.import=$HOME_DIR/import
server.directories.plugins=$HOME_DIR/plugins
server.directories.lib=$LIB
EOF
  if [[ -n "${NEO4J_CONF_EXTRA:-}" ]]; then
    printf '%s\n' "$NEO4J_CONF_EXTRA" >>"$CONF_DIR/neo4j.conf"
  fi
}

admin() {
  local j
  j="$(java_bin)"
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" \
    "$j" -Xmx"${NEO4J_ADMIN_HEAP:-1g}" -cp "$LIB/*" org.neo4j.cli.AdminTool "$@"
}

set_initial_password() {
  [[ -d "$HOME_DIR/data/databases/system" ]] && return 0
  local pw
  pw="$(password)"
  admin dbms set-initial-password "$pw" >"$HOME_DIR/logs/set-password.log" 2>&1 ||
    { cat "$HOME_DIR/logs/set-password.log" >&2; die "could not set the initial password"; }
}

jvm_flags=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
)

# query_status prints the HTTP status of RETURN 1 run on the neo4j
# database through the HTTP API with the instance's password ("" when
# nothing answers): 200 once the server accepts logins and queries, 401
# when it refuses the password, 503 or none while it is still starting.
query_status() {
  local body='{"statements":[{"statement":"RETURN 1"}]}' auth status=""
  auth="$(printf 'neo4j:%s' "$(password)" | base64 | tr -d '\n')"
  if exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT"; then
    printf 'POST /db/neo4j/tx/commit HTTP/1.0\r\nHost: localhost\r\nAuthorization: Basic %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
      "$auth" "${#body}" "$body" >&3 2>/dev/null || true
    read -r -t 30 _ status _ <&3 || true
    exec 3>&-
  fi 2>/dev/null
  echo "$status"
}

# wait_until_ready waits until the server started as pid answers a query
# with the password (Bolt and HTTP listening is not enough: on a busy
# machine the first login can take much longer), for up to TIMEOUT seconds.
wait_until_ready() {
  local pid="$1" waited=0 status=""
  while (( waited < TIMEOUT )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "--- last lines of $LOG_FILE ---" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      die "Neo4j exited during start-up"
    fi
    if port_open "$BOLT_PORT" && grep -q "Started." "$LOG_FILE" 2>/dev/null; then
      status="$(query_status)"
      case "$status" in
        200) return 0 ;;
        401) die "the server on 127.0.0.1:$HTTP_PORT refuses the password ($( [[ -n "${MEDIAKG_NEO4J_PASSWORD:-}" ]] && echo "\$MEDIAKG_NEO4J_PASSWORD" || echo "$PW_FILE")): the instance was created with another one; reset it (NEO4J_INSTANCE=$INSTANCE $0 reset) or give that password" ;;
      esac
    fi
    sleep 1
    waited=$((waited + 1))
    if (( waited % 15 == 0 )); then
      say "  still starting (${waited}s; HTTP status ${status:-none})"
    fi
  done
  echo "--- last lines of $LOG_FILE ---" >&2
  tail -n 40 "$LOG_FILE" >&2 || true
  die "Neo4j did not answer a query on 127.0.0.1:$BOLT_PORT within ${TIMEOUT}s (NEO4J_START_TIMEOUT; still starting? see $LOG_FILE)"
}

start() {
  local pid
  if pid="$(running_pid)"; then
    say "already running (pid $pid, bolt://localhost:$BOLT_PORT, http://localhost:$HTTP_PORT/browser/)"
    return 0
  fi
  check_java_version
  for p in "$BOLT_PORT" "$HTTP_PORT"; do
    if port_open "$p"; then
      die "port $p on 127.0.0.1 is already taken by another process; stop it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT"
    fi
  done
  fetch_jars
  write_conf
  set_initial_password
  : >"$LOG_FILE"
  local j
  j="$(java_bin)"
  nohup "$j" -Xms"$HEAP" -Xmx"$HEAP" "${jvm_flags[@]}" -cp "$LIB/*" \
    org.neo4j.server.CommunityEntryPoint \
    --home-dir="$HOME_DIR" --config-dir="$CONF_DIR" --console-mode \
    >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  say "starting Neo4j (pid $pid), waiting until it answers on 127.0.0.1:$BOLT_PORT"
  wait_until_ready "$pid"
  local pw_where="in $PW_FILE"
  [[ -n "${MEDIAKG_NEO4J_PASSWORD:-}" ]] && pw_where="from \$MEDIAKG_NEO4J_PASSWORD"
  say "ready: bolt://localhost:$BOLT_PORT  browser: http://localhost:$HTTP_PORT/browser/  user: neo4j  password: $pw_where"
}

ensure() {
  if running_pid >/dev/null; then
    start
    return
  fi
  if port_open "$BOLT_PORT"; then
    say "a server already answers on 127.0.0.1:$BOLT_PORT; using it"
    return 0
  fi
  start
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  kill "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    waited=$((waited + 1))
    if (( waited >= 60 )); then
      say "still running after 60s; killing"
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$PID_FILE"
  say "stopped (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$BOLT_PORT"; then
      say "running: pid $pid, bolt://localhost:$BOLT_PORT, http://localhost:$HTTP_PORT/browser/, instance $INSTANCE"
      return 0
    fi
    say "starting: pid $pid, Bolt not answering yet on $BOLT_PORT"
    return 1
  fi
  if port_open "$BOLT_PORT"; then
    say "not started by this script, but something answers on 127.0.0.1:$BOLT_PORT"
    return 0
  fi
  say "stopped (instance $INSTANCE)"
  return 1
}

reset() {
  stop
  rm -rf "$HOME_DIR/data" "$HOME_DIR/logs"
  say "instance $INSTANCE reset: data deleted; the next start creates an empty database"
}

# instances lists the names of the instances under $BASE/instances.
instances() {
  local d
  for d in "$BASE"/instances/*/; do
    [[ -d "$d" ]] && basename "$d"
  done
}

# conf_port KEY prints the port of a listen address in the instance's
# neo4j.conf (server.bolt / server.http).
conf_port() {
  sed -n "s/^$1.listen_address=.*:\([0-9]*\)$/\1/p" "$CONF_DIR/neo4j.conf" 2>/dev/null | tail -n 1
}

list() {
  local name pid state
  if [[ ! -d "$BASE/instances" ]]; then
    say "no instance yet under $BASE"
    return 0
  fi
  printf '%-14s %-22s %-6s %-6s %s\n' instance state bolt http disk
  while read -r name; do
    use_instance "$name"
    if pid="$(running_pid)"; then state="running (pid $pid)"; else state="stopped"; fi
    printf '%-14s %-22s %-6s %-6s %s\n' "$name" "$state" "$(conf_port server.bolt)" "$(conf_port server.http)" \
      "$(du -sh "$HOME_DIR" 2>/dev/null | cut -f1)"
  done < <(instances)
  [[ -d "$LIB" ]] && echo "jars: $LIB ($(du -sh "$LIB" | cut -f1)); reset an instance with NEO4J_INSTANCE=<name> $0 reset"
  return 0
}

stop_all() {
  local name n=0
  while read -r name; do
    use_instance "$name"
    if running_pid >/dev/null; then
      stop
      n=$((n + 1))
    fi
  done < <(instances)
  say "$n instance(s) stopped"
}

cmd="${1:-}"
shift || true
case "$cmd" in
  start) start ;;
  ensure) ensure ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  list) list ;;
  stop-all) stop_all ;;
  password) password; echo ;;
  admin) fetch_jars; write_conf; admin "$@" ;;
  logs) tail -n "${1:-50}" "$LOG_FILE" ;;
  *) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; [[ -z "$cmd" ]] || exit 2 ;;
esac
