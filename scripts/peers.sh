# Sourced by ./run-tests and the bench scripts: makes sure Debian's python3-igraph and
# python3-networkx are installed, the reference implementations that the analytics parity tests
# and benchmarks run side by side with Corridor. Installs them as root with apt-get when missing.
corridor_ensure_peers() {
  if /usr/bin/python3 -c 'import igraph, networkx' >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "corridor: installing python3-igraph and python3-networkx from Debian's packages (analytics reference)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-igraph python3-networkx >&2 \
      || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-igraph python3-networkx >&2; } \
      || { echo "corridor: could not install python3-igraph and python3-networkx; install them with apt-get" >&2; return 1; }
  else
    echo "corridor: the analytics tests need Debian's python3-igraph and python3-networkx; install them with 'sudo apt-get install python3-igraph python3-networkx'" >&2
    return 1
  fi
}

# graph-tool (Debian's python3-graph-tool, OpenMP) for the analytics benchmarks; optional for tests.
corridor_ensure_graph_tool() {
  if /usr/bin/python3 -c 'import graph_tool' >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "corridor: installing python3-graph-tool from Debian's packages (benchmark peer)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-graph-tool >&2 \
      || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-graph-tool >&2; } \
      || { echo "corridor: could not install python3-graph-tool; the graph-tool columns are left out" >&2; return 1; }
  else
    echo "corridor: python3-graph-tool is not installed; the graph-tool columns are left out" >&2
    return 1
  fi
}

# Debian's Chromium and its driver, for the workbench's browser tests (issue 24). Installed as root
# with apt-get when missing; nothing is downloaded by the test tools themselves.
corridor_ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "corridor: installing chromium and chromium-driver from Debian's packages (browser tests)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver >&2 \
      || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver >&2; } \
      || { echo "corridor: could not install chromium and chromium-driver; install them with apt-get" >&2; return 1; }
  else
    echo "corridor: the browser tests need Debian's chromium and chromium-driver; install them with 'sudo apt-get install chromium chromium-driver'" >&2
    return 1
  fi
}
