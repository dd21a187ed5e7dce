#!/usr/bin/env bash
# Writes the JDK 25 AOT cache (JEP 483/514) that ./sig maps for a fast start.
# Started by ./sig in the background when cli/target/sig.aot is missing:
#   .ci/aot-train.sh JAVA AOT_FILE CLASSPATH JVM_OPTION...
# One training run of SigMain (`sig run .ci/aot-train.sig`),
# written to a temporary file and renamed into place, so a reader never maps a half-written
# cache. Only one trainer runs at a time (flock); any failure just leaves no cache.
set -uo pipefail
java=$1 aot=$2 cp=$3
shift 3
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)

command -v flock >/dev/null 2>&1 || exit 0
exec 8>"$aot.lock"
flock -n 8 || exit 0
[ -f "$aot" ] && exit 0

# The training input: .ci/aot-train.sig (short, known to run, covers the common path); if it is
# gone, the first stdlib teaching scenario; else just --help.
train=(--help)
scenario="$here/.ci/aot-train.sig"
if [ ! -f "$scenario" ]; then
    scenario=$(find "$here/stdlib-scenarios" -name '*.sig' -path '*/teaching/*' \
               -not -path '*/target/*' 2>/dev/null | LC_ALL=C sort | head -n 1)
fi
[ -n "$scenario" ] && train=(run "$scenario")

tmp="$aot.tmp.$$"
trap 'rm -f "$tmp" "$tmp.config"' EXIT
nice -n 10 timeout 120 "$java" "$@" "-XX:AOTCacheOutput=$tmp" -cp "$cp" \
    dev.sigscript.cli.SigMain "${train[@]}" </dev/null >/dev/null 2>&1
if [ -s "$tmp" ]; then
    # The JDK the cache belongs to (./sig retrains when it runs on another one).
    dirname "$(dirname "$java")" >"$aot.jdk"
    mv -f "$tmp" "$aot"
fi
