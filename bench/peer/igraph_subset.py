"""igraph's exact betweenness from a subset of sources, for timing it on graphs where a full run
takes an hour or more.

python-igraph 0.10.2 does not expose igraph_betweenness_subset, so this calls it in Debian's
libigraph3 (the same igraph C core, 0.10.2) through ctypes. Brandes' algorithm does one BFS and
one accumulation per source, so the time from K sources scaled by n / K estimates a full run; the
benchmark checks that estimate against full runs on the 10k graphs.

Layouts are igraph 0.10's (64-bit igraph_integer_t): a vector is three pointers, a vertex
selector an int tag and a 16-byte union. check() compares results against python-igraph on a
small graph, so a layout mismatch fails loudly instead of timing the wrong thing.
"""
import array
import ctypes

LIBRARY = "libigraph.so.3"


class _IntVector(ctypes.Structure):
    _fields_ = [("stor_begin", ctypes.c_void_p), ("stor_end", ctypes.c_void_p), ("end", ctypes.c_void_p)]


class _RealVector(ctypes.Structure):
    _fields_ = [("stor_begin", ctypes.POINTER(ctypes.c_double)), ("stor_end", ctypes.c_void_p),
                ("end", ctypes.POINTER(ctypes.c_double))]


class _VertexSelector(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("data", ctypes.c_int64 * 2)]


def _library():
    try:
        lib = ctypes.CDLL(LIBRARY)
    except OSError as e:
        raise SystemExit(f"bench/peer/igraph_subset.py: cannot load {LIBRARY} ({e}); install Debian's libigraph3 "
                         "(apt-get install libigraph3), which bench/analytics does when run as root") from e
    lib.igraph_vector_int_init_array.argtypes = [ctypes.POINTER(_IntVector), ctypes.c_void_p, ctypes.c_int64]
    lib.igraph_vector_int_destroy.argtypes = [ctypes.POINTER(_IntVector)]
    lib.igraph_vector_init.argtypes = [ctypes.POINTER(_RealVector), ctypes.c_int64]
    lib.igraph_vector_destroy.argtypes = [ctypes.POINTER(_RealVector)]
    lib.igraph_create.argtypes = [ctypes.c_void_p, ctypes.POINTER(_IntVector), ctypes.c_int64, ctypes.c_bool]
    lib.igraph_destroy.argtypes = [ctypes.c_void_p]
    lib.igraph_vss_all.restype = _VertexSelector
    lib.igraph_vss_vector.restype = _VertexSelector
    lib.igraph_vss_vector.argtypes = [ctypes.POINTER(_IntVector)]
    lib.igraph_betweenness_subset.argtypes = [ctypes.c_void_p, ctypes.POINTER(_RealVector), _VertexSelector, ctypes.c_bool,
                                              _VertexSelector, _VertexSelector, ctypes.c_void_p]
    return lib


def _int_vector(lib, values):
    data = array.array("q", values)
    v = _IntVector()
    address, _ = data.buffer_info()
    _check(lib.igraph_vector_int_init_array(ctypes.byref(v), address, len(data)), "igraph_vector_int_init_array")
    return v


def _check(code, what):
    if code != 0:
        raise RuntimeError(f"{what} failed with igraph error {code}")


class SubsetBetweenness:
    """An undirected igraph graph held by libigraph, with betweenness from given sources."""

    def __init__(self, n, edges):
        self.lib = _library()
        self.n = n
        flat = _int_vector(self.lib, (x for e in edges for x in e))
        self.graph = ctypes.create_string_buffer(1024)  # igraph_t is about 200 bytes in 0.10
        _check(self.lib.igraph_create(self.graph, ctypes.byref(flat), n, False), "igraph_create")
        self.lib.igraph_vector_int_destroy(ctypes.byref(flat))

    def betweenness(self, sources):
        """Betweenness of every node over the shortest paths that start at the given sources."""
        chosen = _int_vector(self.lib, sources)
        result = _RealVector()
        _check(self.lib.igraph_vector_init(ctypes.byref(result), 0), "igraph_vector_init")
        try:
            everyone = self.lib.igraph_vss_all()
            _check(self.lib.igraph_betweenness_subset(self.graph, ctypes.byref(result), everyone, False,
                                                      self.lib.igraph_vss_vector(ctypes.byref(chosen)), everyone, None),
                   "igraph_betweenness_subset")
            return [result.stor_begin[i] for i in range(self.n)]
        finally:
            self.lib.igraph_vector_destroy(ctypes.byref(result))
            self.lib.igraph_vector_int_destroy(ctypes.byref(chosen))

    def close(self):
        self.lib.igraph_destroy(self.graph)


def check(ig):
    """Subset betweenness from every source must equal python-igraph's full betweenness."""
    g = ig.Graph.Barabasi(300, 3, directed=False)
    edges = g.get_edgelist()
    peer = SubsetBetweenness(g.vcount(), edges)
    try:
        ours = peer.betweenness(range(g.vcount()))
    finally:
        peer.close()
    full = g.betweenness(directed=False)
    # igraph halves undirected subset betweenness as it does the full one
    worst = max(abs(a - b) for a, b in zip(ours, full))
    if worst > 1e-6 * max(1.0, max(full)):
        raise RuntimeError(f"libigraph subset betweenness differs from python-igraph's by {worst}; check the ctypes layouts")
