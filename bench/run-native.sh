#!/usr/bin/env bash
# Builds and runs the real-kernel benchmark twins (bench/c/*.c) on this machine.
#   bench/run-native.sh [SECONDS]     (default 2 s per benchmark)
# Binaries go to bench/out/ (ignored by git). Prints one line per benchmark.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd -P)
seconds=${1:-2}
out="$here/out"
mkdir -p "$out"
command -v gcc >/dev/null 2>&1 || { echo "run-native: gcc is needed (apt-get install gcc)" >&2; exit 2; }
for b in selfsignal pingpong; do
    gcc -O2 -Wall -Wextra -o "$out/$b" "$here/c/$b.c"
done
"$out/selfsignal" "$seconds"
"$out/pingpong" "$seconds"
