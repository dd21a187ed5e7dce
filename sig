#!/usr/bin/env bash
# sig — the sigscript command.
#
# Finds a JDK >= 25 (see .ci/jdk.sh), builds the project once if cli/target has no jar yet,
# and runs dev.sigscript.cli.SigMain with the JVM options every sig run needs.
#
# Launcher options (only before any `--`; removed before SigMain sees the arguments):
#   --opt                 run on the optimizing Truffle runtime (Graal JIT via JVMCI); same as SIG_OPT=1
#   --print-java-home     (first argument only) print the JDK this launcher uses and exit
# Environment:
#   SIG_REBUILD=1         run `mvn -B -q -DskipTests install` before starting
#   SIG_OPT=1             as --opt
#   SIG_NO_AOT=1          neither use nor create the AOT cache (cli/target/sig.aot)
#   SIG_JAVA_OPTS="..."   extra JVM options, appended last (so they override ours)
#   JAVA_HOME             used if it is a JDK >= 25
#
# Fast start: the first run on the interpreter starts a background training run that writes a
# JDK 25 AOT cache (JEP 483/514) to cli/target/sig.aot; later runs map it. A stale or unreadable
# cache is deleted or ignored, never an error, and the JVM's AOT messages are silenced.
# Why these flags and not others (C1-only, G1, ...): measurements in docs/BENCHMARKS.md.
set -uo pipefail

SIG_HOME=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd -P)
# shellcheck source=.ci/jdk.sh
. "$SIG_HOME/.ci/jdk.sh"

java_home=$(sig_java_home) || exit 2
java="$java_home/bin/java"

if [ "${1:-}" = "--print-java-home" ]; then
    printf '%s\n' "$java_home"
    exit 0
fi

# ---- launcher options -------------------------------------------------------------------
opt=0
case "${SIG_OPT:-0}" in 1|true|yes) opt=1 ;; esac
args=()
seen_ddash=0
for a in "$@"; do
    if [ $seen_ddash = 0 ] && [ "$a" = "--opt" ]; then opt=1; continue; fi
    [ "$a" = "--" ] && seen_ddash=1
    args+=("$a")
done

target="$SIG_HOME/cli/target"
jar="$target/sig-cli.jar"
aot="$target/sig.aot"

# ---- build once -------------------------------------------------------------------------
sig_build() {
    local log="$target/sig-build.log"
    if ! command -v mvn >/dev/null 2>&1; then
        echo "sig: cli/target/sig-cli.jar is missing and Maven (mvn) is not on PATH to build it." >&2
        echo "     Install Maven 3.8+ (apt-get install maven) and run ./sig again." >&2
        exit 2
    fi
    echo "sig: building sigscript with $java_home (mvn -B -q -DskipTests install)..." >&2
    rm -f "$aot" "$aot.jdk"
    if ! (cd "$SIG_HOME" && JAVA_HOME="$java_home" \
            MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
            mvn -B -q -Dstyle.color=never -DskipTests install) >"$log" 2>&1; then
        echo "sig: the build failed; last lines of $log:" >&2
        tail -n 40 "$log" | sed 's/\x1b\[[0-9;]*m//g' >&2
        exit 2
    fi
}

needs_build() {
    [ "${SIG_REBUILD:-0}" = 1 ] || [ ! -f "$jar" ] || [ ! -d "$target/lib" ]
}

if needs_build; then
    mkdir -p "$target"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$target/.sig-build.lock"
        flock 9
        # Another sig may have finished the build while we waited.
        if needs_build; then sig_build; fi
        flock -u 9
        exec 9>&-
    else
        sig_build
    fi
fi

# ---- JVM options ------------------------------------------------------------------------
jvm=(
    --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED   # coroutines: jdk.internal.vm.Continuation
    --sun-misc-unsafe-memory-access=allow                  # Truffle uses sun.misc.Unsafe
    --enable-native-access=ALL-UNNAMED                     # Truffle loads its JNI helper
    -Xss16m
    -XX:+UseSerialGC
    -XX:-UsePerfData
    # Unified logging: warnings to stderr (never into sig's stdout), AOT/CDS chatter off.
    -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=off,cds*=off:stderr
)

# True when the AOT cache exists, was trained on this JDK, and is newer than the JDK and every
# jar on the class path. (The JVM checks too and ignores a mismatched cache, silently given the
# -Xlog settings above; this check makes such a cache get retrained instead of kept forever.)
aot_fresh() {
    [ -f "$aot" ] && [ -f "$aot.jdk" ] || return 1
    local trained_for="" j
    read -r trained_for <"$aot.jdk" || true
    [ "$trained_for" = "$java_home" ] || return 1
    [ "$java_home/lib/server/libjvm.so" -nt "$aot" ] && return 1
    for j in "$jar" "$target"/lib/*.jar; do
        [ "$j" -nt "$aot" ] && return 1
    done
    return 0
}

# The class path, spelled out in a stable order (the AOT cache records it).
cp="$jar"
for j in "$target"/lib/*.jar; do cp+=":$j"; done

if [ $opt = 1 ]; then
    # Optimizing runtime on a stock JDK: truffle-runtime on the class path, the Graal compiler
    # and its module dependencies (incl. org.graalvm.truffle.compiler) on the upgrade module
    # path, JVMCI on. --upgrade-module-path disables CDS/AOT caches, so no AOT cache here.
    upgrade=""
    for j in "$target"/graal/*.jar "$target"/opt/truffle-compiler-*.jar; do
        [ -f "$j" ] && upgrade+="${upgrade:+:}$j"
    done
    for j in "$target"/opt/*.jar; do
        case $j in */truffle-compiler-*) ;; *) cp+=":$j" ;; esac
    done
    if [ -z "$upgrade" ]; then
        echo "sig: --opt needs cli/target/graal and cli/target/opt; run SIG_REBUILD=1 ./sig" >&2
        exit 2
    fi
    jvm+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$upgrade")
else
    # The interpreter-only runtime is intended here: no "fallback runtime" warning. (Under --opt
    # the warning stays on, so a runtime that failed to load is not silently slow.)
    jvm+=(-Dpolyglot.engine.WarnInterpreterOnly=false)
    case "${SIG_NO_AOT:-0}" in
        1|true|yes) ;;
        *)
            if aot_fresh; then
                jvm+=("-XX:AOTCache=$aot")
            else
                rm -f "$aot" "$aot.jdk"
            fi
            if [ ! -f "$aot" ]; then
                "$SIG_HOME/.ci/aot-train.sh" "$java" "$aot" "$cp" "${jvm[@]}" </dev/null >/dev/null 2>&1 &
                disown 2>/dev/null || true
            fi
            ;;
    esac
fi

# shellcheck disable=SC2206  # word splitting of SIG_JAVA_OPTS is intended
extra=(${SIG_JAVA_OPTS:-})
exec "$java" "${jvm[@]}" "${extra[@]}" -cp "$cp" dev.sigscript.cli.SigMain "${args[@]}"
