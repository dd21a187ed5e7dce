# shellcheck shell=bash
# Selects a JDK >= 25 for sig, bin/test and .ci/run. Source this file, then call
#   sig_java_home   -> prints the JDK home on stdout, or prints why not on stderr and returns 2.
# Order: $JAVA_HOME (if >= 25), /usr/lib/jvm/temurin-25-jdk-amd64, any other /usr/lib/jvm/* >= 25
# (highest version first; SIG_JVM_DIR overrides /usr/lib/jvm). The version is read from the JDK's `release` file when it has one
# (no JVM start, so this is cheap), else from `java -version`.

SIG_MIN_JAVA=25

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing if it is not a JDK.
sig_java_feature() {
    local home=$1 v=""
    [ -x "$home/bin/java" ] || return 1
    if [ -r "$home/release" ]; then
        local line
        while IFS= read -r line || [ -n "$line" ]; do      # bash builtins only: no fork
            case $line in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;; esac
        done <"$home/release"
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    v=${v#1.}          # 1.8.0 -> 8.0
    v=${v%%[.+-]*}     # 25.0.3 -> 25, 26-ea -> 26
    case $v in ''|*[!0-9]*) return 1 ;; esac
    printf '%s\n' "$v"
}

sig_java_ok() {
    local f
    f=$(sig_java_feature "$1") || return 1
    [ "$f" -ge "$SIG_MIN_JAVA" ]
}

sig_java_home() {
    if [ -n "${JAVA_HOME:-}" ] && sig_java_ok "$JAVA_HOME"; then
        printf '%s\n' "$JAVA_HOME"; return 0
    fi
    local jvms=${SIG_JVM_DIR:-/usr/lib/jvm}
    local preferred=$jvms/temurin-25-jdk-amd64
    if sig_java_ok "$preferred"; then
        printf '%s\n' "$preferred"; return 0
    fi
    local best="" best_f=0 d f
    for d in "$jvms"/*/; do
        d=${d%/}
        f=$(sig_java_feature "$d") || continue
        if [ "$f" -ge "$SIG_MIN_JAVA" ] && [ "$f" -gt "$best_f" ]; then
            best=$d; best_f=$f
        fi
    done
    if [ -n "$best" ]; then
        printf '%s\n' "$best"; return 0
    fi
    {
        echo "sig: needs a JDK ${SIG_MIN_JAVA} or newer, and none was found."
        if [ -n "${JAVA_HOME:-}" ]; then
            echo "     JAVA_HOME=$JAVA_HOME is Java $(sig_java_feature "$JAVA_HOME" || echo '?')."
        fi
        echo "     Looked in \$JAVA_HOME and $jvms/."
        echo "     Install Temurin 25 (https://adoptium.net/temurin/releases/?version=25, or the"
        echo "     Adoptium apt repository: apt-get install temurin-25-jdk) and set JAVA_HOME to it."
    } >&2
    return 2
}
