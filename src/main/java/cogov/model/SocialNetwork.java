package cogov.model;

import cogov.config.NetworkKind;
import cogov.config.NetworkSpec;
import ec.util.MersenneTwisterFast;
import sim.field.network.Network;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Residents' social ties as an undirected graph in compressed sparse rows (neighbours of resident i are
 * {@code neighbours[offsets[i] .. offsets[i+1])}), which is what the daily processes loop over. A MASON
 * {@link Network} view is built on request for the GUI and inspectors. Under the well-mixed kind there
 * are no explicit ties: every resident sees the whole county.
 */
public final class SocialNetwork {
    private final boolean wellMixed;
    private final int[] offsets;
    private final int[] neighbours;
    /** Ties formed during the run: resident i's are {@code formed[i*maxFormed .. +formedCount[i])}; null if none may be. */
    private int[] formed;
    private byte[] formedCount;
    private int maxFormed;
    private long formedTies;

    private SocialNetwork(boolean wellMixed, int[] offsets, int[] neighbours) {
        this.wellMixed = wellMixed;
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    /**
     * Generates the network for residents whose communities occupy contiguous index ranges
     * {@code [communityStart[c], communityStart[c+1])}.
     */
    static SocialNetwork generate(NetworkSpec spec, int[] communityStart, MersenneTwisterFast random) {
        int n = communityStart[communityStart.length - 1];
        if (spec.kind() == NetworkKind.WELL_MIXED) {
            return new SocialNetwork(true, new int[n + 1], new int[0]);
        }
        EdgeList edges = new EdgeList(Math.max(16, (int) Math.min(Integer.MAX_VALUE / 4, (long) (n * spec.degree() / 2) + 16)));
        if (spec.kind() == NetworkKind.SMALL_WORLD) {
            smallWorld(spec, communityStart, random, edges);
        } else {
            erdosRenyi(spec.degree(), n, random, edges);
        }
        return fromEdges(n, edges);
    }

    private static void smallWorld(NetworkSpec spec, int[] communityStart, MersenneTwisterFast random, EdgeList edges) {
        int n = communityStart[communityStart.length - 1];
        int half = Math.max(0, (int) Math.round(spec.degree() / 2.0));
        for (int c = 0; c + 1 < communityStart.length; c++) {
            int start = communityStart[c];
            int size = communityStart[c + 1] - start;
            int k = Math.min(half, (size - 1) / 2);
            for (int local = 0; local < size; local++) {
                int from = start + local;
                for (int step = 1; step <= k; step++) {
                    int to = start + (local + step) % size;
                    double u = random.nextDouble();
                    if (u < spec.crossCommunity() && n > size) {
                        to = randomOutside(random, n, start, size);
                    } else if (u < spec.crossCommunity() + spec.rewire() * (1 - spec.crossCommunity())) {
                        to = start + random.nextInt(size);
                    }
                    if (to != from) {
                        edges.add(from, to);
                    }
                }
            }
        }
    }

    private static int randomOutside(MersenneTwisterFast random, int n, int start, int size) {
        int r = random.nextInt(n - size);
        return r < start ? r : r + size;
    }

    /** G(n, p) by geometric skipping over the n(n-1)/2 pairs (Batagelj and Brandes 2005). */
    private static void erdosRenyi(double degree, int n, MersenneTwisterFast random, EdgeList edges) {
        if (n < 2 || degree <= 0) {
            return;
        }
        double p = Math.min(1.0, degree / (n - 1));
        if (p >= 1.0) {
            for (int v = 1; v < n; v++) {
                for (int w = 0; w < v; w++) {
                    edges.add(v, w);
                }
            }
            return;
        }
        double logQ = Math.log(1 - p);
        long v = 1;
        long w = -1;
        while (v < n) {
            double r = random.nextDouble();
            w = w + 1 + (long) Math.floor(Math.log(1 - r) / logQ);
            while (w >= v && v < n) {
                w -= v;
                v++;
            }
            if (v < n) {
                edges.add((int) v, (int) w);
            }
        }
    }

    private static SocialNetwork fromEdges(int n, EdgeList edges) {
        int[] degree = new int[n + 1];
        for (int e = 0; e < edges.size; e++) {
            degree[edges.from[e]]++;
            degree[edges.to[e]]++;
        }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] adj = new int[offsets[n]];
        for (int e = 0; e < edges.size; e++) {
            adj[fill[edges.from[e]]++] = edges.to[e];
            adj[fill[edges.to[e]]++] = edges.from[e];
        }
        return dedupe(n, offsets, adj);
    }

    /** Sorts each neighbour list and removes repeated ties (rewiring can draw an existing tie). */
    private static SocialNetwork dedupe(int n, int[] offsets, int[] adj) {
        int[] newOffsets = new int[n + 1];
        int write = 0;
        for (int i = 0; i < n; i++) {
            int from = offsets[i];
            int to = offsets[i + 1];
            Arrays.sort(adj, from, to);
            newOffsets[i] = write;
            int previous = -1;
            for (int k = from; k < to; k++) {
                if (adj[k] != previous) {
                    adj[write++] = adj[k];
                    previous = adj[k];
                }
            }
        }
        newOffsets[n] = write;
        return new SocialNetwork(false, newOffsets, Arrays.copyOf(adj, write));
    }

    public boolean isWellMixed() {
        return wellMixed;
    }

    /**
     * Resident i's ties: those it started with and those formed at activities since. Always 0 under
     * well-mixed, which has no explicit ties, so loops over ties (hearsay, choosing whom to visit) do
     * nothing there without asking for the kind.
     */
    public int degree(int i) {
        return offsets[i + 1] - offsets[i] + (formedCount == null ? 0 : formedCount[i]);
    }

    /** The k-th neighbour of resident i, {@code 0 <= k < degree(i)}: first the initial ties, then the formed ones. */
    public int neighbour(int i, int k) {
        int initial = offsets[i + 1] - offsets[i];
        return k < initial ? neighbours[offsets[i] + k] : formed[i * maxFormed + k - initial];
    }

    /**
     * Lets residents form up to {@code max} new ties each during the run ({@link #formTie}); until this is
     * called (and under well-mixed, where everyone sees everyone already) no tie is ever formed.
     */
    void allowFormedTies(int max) {
        if (wellMixed || max <= 0) {
            return;
        }
        maxFormed = Math.min(max, Byte.MAX_VALUE);
        formed = new int[size() * maxFormed];
        formedCount = new byte[size()];
    }

    /**
     * Forms a tie between residents i and j (both ways) unless they are the same, already tied, or either
     * has formed its maximum of new ties; returns whether it did. The tie counts from then on wherever ties
     * count (the threshold rule, diffusion, hearsay, invitations, visits).
     */
    boolean formTie(int i, int j) {
        if (formedCount == null || i == j || formedCount[i] >= maxFormed || formedCount[j] >= maxFormed || tied(i, j)) {
            return false;
        }
        formed[i * maxFormed + formedCount[i]++] = j;
        formed[j * maxFormed + formedCount[j]++] = i;
        formedTies++;
        return true;
    }

    private boolean tied(int i, int j) {
        if (Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], j) >= 0) {
            return true;
        }
        for (int k = 0; k < formedCount[i]; k++) {
            if (formed[i * maxFormed + k] == j) {
                return true;
            }
        }
        return false;
    }

    /** Number of ties formed during the run so far. */
    public long formedTieCount() {
        return formedTies;
    }

    /** Ties resident i formed during the run, for loops that read the initial ties from {@link #offsets()} directly. */
    int formedDegree(int i) {
        return formedCount == null ? 0 : formedCount[i];
    }

    /** The k-th tie resident i formed during the run, {@code 0 <= k < formedDegree(i)}. */
    int formedNeighbour(int i, int k) {
        return formed[i * maxFormed + k];
    }

    /** Whether any resident may form ties during the run. */
    boolean formsTies() {
        return formedCount != null;
    }

    /**
     * How many residents i can reach directly (to invite, say): its ties, or under well-mixed every
     * resident of its community of {@code communitySize} households. Pair with {@link #contact}.
     */
    int contactCount(int i, int communitySize) {
        return wellMixed ? communitySize : degree(i);
    }

    /**
     * The k-th resident i can reach, {@code 0 <= k < contactCount(i, ...)}: its k-th tie, or under
     * well-mixed the k-th resident of its community, whose first household is {@code communityFirst}.
     */
    int contact(int i, int k, int communityFirst) {
        return wellMixed ? communityFirst + k : neighbour(i, k);
    }

    /** The number of residents, from the tie index. */
    int size() {
        return offsets.length - 1;
    }

    /**
     * s_i, the share of resident i's ties for which {@code active} holds (ODD 7.7): over i's ties, or under
     * well-mixed over all other residents of the county. Returns a function of i, prepared once per day
     * (well-mixed counts the active residents once); 0 for a resident without ties.
     */
    IntToDoubleFunction shareOfActiveTies(IntPredicate active) {
        if (wellMixed) {
            int n = size();
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (active.test(i)) {
                    count++;
                }
            }
            int activeCount = count;
            double others = n - 1;
            return i -> others > 0 ? (activeCount - (active.test(i) ? 1 : 0)) / others : 0;
        }
        return i -> {
            int degree = degree(i);
            int count = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (active.test(neighbours[k])) {
                    count++;
                }
            }
            for (int k = 0; k < formedDegree(i); k++) {
                if (active.test(formedNeighbour(i, k))) {
                    count++;
                }
            }
            return degree > 0 ? count / (double) degree : 0;
        };
    }

    /**
     * The mean of {@code values} over resident i's ties (ODD 7.8), or under well-mixed over all other
     * residents of the county; i's own value when it has no ties. Returns a function of i, prepared once
     * for the values as they are now (well-mixed sums them once).
     */
    IntToDoubleFunction meanOverTies(double[] values) {
        int n = size();
        if (wellMixed) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[i];
            }
            double total = sum;
            return i -> n > 1 ? (total - values[i]) / (n - 1) : values[i];
        }
        return i -> {
            int degree = degree(i);
            if (degree == 0) {
                return values[i];
            }
            double sum = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                sum += values[neighbours[k]];
            }
            for (int k = 0; k < formedDegree(i); k++) {
                sum += values[formedNeighbour(i, k)];
            }
            return sum / degree;
        };
    }

    /**
     * s_i, the share of resident i's ties marked in {@code active} (non-zero = active; ODD 7.7), for the
     * per-resident threshold loop: over i's ties, or under well-mixed over all other residents of the
     * county, {@code (activeCount - active_i) / (n - 1)}, where {@code activeCount} is the number of marked
     * residents; 0 for a resident without ties. The array form of {@link #shareOfActiveTies}, without a
     * predicate call per tie.
     */
    double shareOfActiveTies(int i, byte[] active, int activeCount) {
        if (wellMixed) {
            double others = size() - 1;
            return others > 0 ? (activeCount - (active[i] != 0 ? 1 : 0)) / others : 0;
        }
        int degree = degree(i);
        int count = 0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            if (active[neighbours[k]] != 0) {
                count++;
            }
        }
        for (int k = 0; k < formedDegree(i); k++) {
            if (active[formedNeighbour(i, k)] != 0) {
                count++;
            }
        }
        return degree > 0 ? count / (double) degree : 0;
    }

    /**
     * Writes every resident's {@link #meanOverTies mean over ties} of {@code x} into {@code meanX} and of
     * {@code y} into {@code meanY} (ODD 7.8), both from one pass over the ties, initial then formed, summed
     * in tie order; i's own value for a resident without ties. Under well-mixed each is the mean over all
     * other residents of the county. The output arrays must not be the input arrays.
     */
    void meansOverTies(double[] x, double[] y, double[] meanX, double[] meanY) {
        int n = size();
        if (wellMixed) {
            IntToDoubleFunction meanOfX = meanOverTies(x);
            IntToDoubleFunction meanOfY = meanOverTies(y);
            for (int i = 0; i < n; i++) {
                meanX[i] = meanOfX.applyAsDouble(i);
                meanY[i] = meanOfY.applyAsDouble(i);
            }
            return;
        }
        boolean anyFormed = formsTies();
        int from = offsets[0];
        for (int i = 0; i < n; i++) {
            int to = offsets[i + 1];
            int extra = anyFormed ? formedDegree(i) : 0;
            double mx = x[i];
            double my = y[i];
            if (to > from || extra > 0) {
                double sumX = 0;
                double sumY = 0;
                for (int k = from; k < to; k++) {
                    int j = neighbours[k];
                    sumX += x[j];
                    sumY += y[j];
                }
                for (int k = 0; k < extra; k++) {
                    int j = formedNeighbour(i, k);
                    sumX += x[j];
                    sumY += y[j];
                }
                mx = sumX / (to - from + extra);
                my = sumY / (to - from + extra);
            }
            meanX[i] = mx;
            meanY[i] = my;
            from = to;
        }
    }

    int[] offsets() {
        return offsets;
    }

    int[] neighbours() {
        return neighbours;
    }

    /** Number of undirected ties, initial and formed. */
    public long tieCount() {
        return neighbours.length / 2 + formedTies;
    }

    /**
     * A MASON network over the given node objects (one per resident, same order), each tie once.
     * Built on request because a county of 100,000 households does not need edge objects to step.
     */
    public Network toMasonNetwork(Object[] nodes) {
        Network network = new Network(false);
        for (Object node : nodes) {
            network.addNode(node);
        }
        for (int i = 0; i < nodes.length; i++) {
            for (int k = 0; k < degree(i); k++) {
                int j = neighbour(i, k);
                if (j > i) {
                    network.addEdge(nodes[i], nodes[j], null);
                }
            }
        }
        return network;
    }

    /** Growable parallel int arrays of tie endpoints. */
    private static final class EdgeList {
        int[] from;
        int[] to;
        int size;

        EdgeList(int capacity) {
            from = new int[capacity];
            to = new int[capacity];
        }

        void add(int a, int b) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = a;
            to[size] = b;
            size++;
        }
    }
}
