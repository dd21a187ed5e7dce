#!/usr/bin/env bash
# Measures sig's start time with hyperfine (apt-get install hyperfine):
#   bench/startup.sh [SIG_LAUNCHER] [ARGS...]     defaults: ./sig --version
# Compares: the launcher as shipped (AOT cache), without the AOT cache (SIG_NO_AOT=1), and
# without the start-time flags (C2 allowed: TieredStopAtLevel back to 4; G1 instead of Serial).
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
hyperfine -N --warmup 3 --runs 20 --export-markdown "$md" \
    -n "sig (AOT cache)"                "$sig$args" \
    -n "sig, SIG_NO_AOT=1"              "env SIG_NO_AOT=1 $sig$args" \
    -n "no AOT, C2 on (TieredStop=4)"   "env SIG_NO_AOT=1 SIG_JAVA_OPTS=-XX:TieredStopAtLevel=4 $sig$args" \
    -n "no AOT, C2 on, G1"              "env SIG_NO_AOT=1 SIG_JAVA_OPTS='-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC' $sig$args" \
    >/dev/null
cat "$md"
