# Sourced by ./corridor, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21.
# Order: $JAVA_HOME, then `java` on PATH, then the system JVM directory (newest first).

corridor_java_major() { # $1 = path to a java binary; prints its feature version or nothing
  # The JDK's release file says it without starting a JVM (about 0.15 s a start, several per launch).
  local release; release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

corridor_is_jdk21() { # $1 = a JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(corridor_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

corridor_select_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && corridor_is_jdk21 "$JAVA_HOME"; then return 0; fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if corridor_is_jdk21 "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if corridor_is_jdk21 "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "corridor: no JDK 21 or newer found (tried JAVA_HOME, java on PATH, /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and set JAVA_HOME to it." >&2
  return 1
}

# Maven builds Corridor; install Debian's package when it is missing and we may (as root).
corridor_ensure_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "corridor: installing Maven from Debian's packages..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends maven >&2 \
      || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends maven >&2; } \
      || { echo "corridor: could not install Maven; install it with 'apt-get install maven'" >&2; return 1; }
  else
    echo "corridor: Maven (mvn) is not installed; install it, e.g. 'sudo apt-get install maven'" >&2
    return 1
  fi
}

corridor_select_jdk || exit 1
corridor_ensure_maven || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
CORRIDOR_JAVA_MAJOR=$(corridor_java_major "$JAVA_HOME/bin/java")
# CoreNLP's CRF feature extraction (NERFeatureFactory.featuresC) is longer than HotSpot's 8,000
# bytecodes, the size above which a method is never compiled: by default it runs interpreted for
# as long as the process lives. Compiling it about doubles the tagger's throughput (docs/benchmarks.md).
# Flags for JDK 23+ that quiet warnings from libraries using sun.misc.Unsafe; older JDKs reject them.
CORRIDOR_JVM_FLAGS="--enable-native-access=ALL-UNNAMED -XX:-DontCompileHugeMethods"
if [ "$CORRIDOR_JAVA_MAJOR" -ge 23 ]; then
  CORRIDOR_JVM_FLAGS="$CORRIDOR_JVM_FLAGS --sun-misc-unsafe-memory-access=allow"
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
export CORRIDOR_JAVA_MAJOR CORRIDOR_JVM_FLAGS
