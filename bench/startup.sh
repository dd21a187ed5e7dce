#!/usr/bin/env bash
# Measures sig's start time with hyperfine (apt-get install hyperfine):
#   bench/startup.sh [SIG_LAUNCHER] [ARGS...]     defaults: ./sig --version
#   e.g. bench/startup.sh ./sig run bench/scenarios/handler-once.sig
# Compares: the launcher as shipped (AOT cache, tiered JIT, Serial GC), without the AOT cache
# (SIG_NO_AOT=1), C1-only (-XX:TieredStopAtLevel=1) with and without the cache, and G1.
# Reports min/median/mean; on a shared machine the min and median are the numbers to trust.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
sig=${1:-$here/sig}
shift || true
[ $# -gt 0 ] || set -- --version
command -v hyperfine >/dev/null 2>&1 || { echo "startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
args=$(printf ' %q' "$@")

# Make sure the build and the AOT cache exist before timing.
"$sig" "$@" >/dev/null 2>&1 || true
aot="$(dirname "$sig")/cli/target/sig.aot"
for _ in $(seq 1 120); do [ -f "$aot" ] && break; sleep 1; done
[ -f "$aot" ] || echo "startup: warning: no AOT cache at $aot" >&2

md=$(mktemp); trap 'rm -f "$md"' EXIT
hyperfine -N -i --warmup 3 --runs "${RUNS:-20}" --export-json "$md" \
    -n "sig (AOT cache)"                "$sig$args" \
    -n "sig, SIG_NO_AOT=1"              "env SIG_NO_AOT=1 $sig$args" \
    -n "AOT, C1 only"                   "env SIG_JAVA_OPTS=-XX:TieredStopAtLevel=1 $sig$args" \
    -n "no AOT, C1 only"                "env SIG_NO_AOT=1 SIG_JAVA_OPTS=-XX:TieredStopAtLevel=1 $sig$args" \
    -n "no AOT, G1 instead of Serial"   "env SIG_NO_AOT=1 SIG_JAVA_OPTS='-XX:-UseSerialGC -XX:+UseG1GC' $sig$args" \
    >/dev/null
python3 - "$md" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-32s min %5.0f  median %5.0f  mean %5.0f ms   user %5.0f ms" % (
        r["command"], r["min"] * 1e3, r["median"] * 1e3, r["mean"] * 1e3, r["user"] * 1e3))
PY
