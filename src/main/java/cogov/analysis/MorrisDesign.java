package cogov.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's (1991) one-at-a-time design: r trajectories of k+1 points on a p-level grid in the unit
 * cube, each moving one parameter at a time, in random order and direction, by the step
 * Delta = p / (2(p - 1)) (the step that makes every level equally likely when p is even). Points are
 * ordered trajectory by trajectory; trajectory t's step s changes parameter {@link #changed}[t][s].
 * {@link #optimised} keeps the r most spread out of many random candidates (Campolongo, Cariboni and
 * Saltelli 2007), so that a few trajectories still cover the parameter space.
 *
 * @param levels  p, even and at least 2
 * @param delta   the step in the unit cube
 * @param points  r(k+1) points
 * @param changed per trajectory, the parameter changed at each of the k steps
 * @param up      per trajectory and step, whether the parameter went up by Delta (else down)
 */
public record MorrisDesign(int k, int trajectories, int levels, double delta, double[][] points,
                           int[][] changed, boolean[][] up) {

    /** A seeded design; the same arguments give the same points. */
    public static MorrisDesign generate(int k, int trajectories, int levels, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("a Morris design needs at least one parameter");
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("a Morris design needs at least 2 trajectories (got " + trajectories + ")");
        }
        String levelProblem = levelProblem(levels);
        if (levelProblem != null) {
            throw new IllegalArgumentException(levelProblem);
        }
        double delta = levels / (2.0 * (levels - 1));
        int jump = levels / 2;
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[trajectories * (k + 1)][];
        int[][] changed = new int[trajectories][k];
        boolean[][] up = new boolean[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[k];
            boolean[] rising = new boolean[k];
            for (int i = 0; i < k; i++) {
                int base = random.nextInt(jump);
                rising[i] = random.nextBoolean();
                level[i] = rising[i] ? base : base + jump;
            }
            int[] order = permutation(k, random);
            changed[t] = order;
            points[t * (k + 1)] = grid(level, levels);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                up[t][s] = rising[i];
                level[i] += rising[i] ? jump : -jump;
                points[t * (k + 1) + s + 1] = grid(level, levels);
            }
        }
        return new MorrisDesign(k, trajectories, levels, delta, points, changed, up);
    }

    /** Most candidate trajectories {@link #optimised} accepts (its distance matrix is candidates squared). */
    public static final int MAX_CANDIDATES = 1_000;

    /**
     * Campolongo, Cariboni and Saltelli's (2007) optimised design: {@code candidates} random
     * trajectories ({@link #generate} with the same seed, so the first r are the random design) of which
     * the r with the largest spread D are kept, in candidate order. D = sqrt(sum over pairs of
     * trajectories of d^2), d(m, l) the sum of the Euclidean distances between every point of m and every
     * point of l. The best r of M cannot be searched exhaustively, so candidates are eliminated greedily:
     * while more than r remain, the one whose squared distances to the others sum least (the one whose
     * removal leaves the largest D) is dropped, the later candidate on a tie: a greedy heuristic, not
     * Campolongo's exhaustive search, and O(M^2) after the distance matrix.
     */
    public static MorrisDesign optimised(int k, int trajectories, int levels, int candidates, long seed) {
        if (candidates < trajectories || candidates > MAX_CANDIDATES) {
            throw new IllegalArgumentException(candidateProblem(trajectories, candidates));
        }
        MorrisDesign pool = generate(k, candidates, levels, seed);
        double[][] d2 = new double[candidates][candidates];
        for (int a = 0; a < candidates; a++) {
            for (int b = a + 1; b < candidates; b++) {
                double d = pool.distance(a, b);
                d2[a][b] = d * d;
                d2[b][a] = d * d;
            }
        }
        double[] contribution = new double[candidates];
        for (int a = 0; a < candidates; a++) {
            for (int b = 0; b < candidates; b++) {
                contribution[a] += d2[a][b];
            }
        }
        boolean[] kept = new boolean[candidates];
        Arrays.fill(kept, true);
        for (int left = candidates; left > trajectories; left--) {
            int drop = -1;
            for (int a = 0; a < candidates; a++) {
                if (kept[a] && (drop < 0 || contribution[a] <= contribution[drop])) {
                    drop = a;
                }
            }
            kept[drop] = false;
            for (int a = 0; a < candidates; a++) {
                contribution[a] -= d2[a][drop];
            }
        }
        int[] chosen = new int[trajectories];
        for (int a = 0, n = 0; a < candidates; a++) {
            if (kept[a]) {
                chosen[n++] = a;
            }
        }
        return pool.subset(chosen);
    }

    /** Why {@code candidates} cannot be used for {@code trajectories} trajectories, or null. */
    public static String candidateProblem(int trajectories, int candidates) {
        if (candidates < trajectories) {
            return "the optimised Morris design chooses the trajectories among the candidates, so it needs at"
                    + " least as many candidates as trajectories (got " + candidates + " candidates for "
                    + trajectories + " trajectories; Campolongo et al. 2007 use 500 to 1000)";
        }
        if (candidates > MAX_CANDIDATES) {
            return "at most " + MAX_CANDIDATES + " candidate trajectories (got " + candidates + ")";
        }
        return null;
    }

    /**
     * Campolongo's spread D of the design: sqrt of the sum over pairs of trajectories of their squared
     * distance (the sum of the Euclidean distances between their points).
     */
    public double spread() {
        double sum = 0;
        for (int a = 0; a < trajectories; a++) {
            for (int b = a + 1; b < trajectories; b++) {
                double d = distance(a, b);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /** Campolongo's distance between trajectories a and b: the sum of the distances between their points. */
    double distance(int a, int b) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            double[] p = points[index(a, i)];
            for (int j = 0; j <= k; j++) {
                double[] q = points[index(b, j)];
                double squares = 0;
                for (int z = 0; z < k; z++) {
                    double dz = p[z] - q[z];
                    squares += dz * dz;
                }
                sum += Math.sqrt(squares);
            }
        }
        return sum;
    }

    /** The design made of the given trajectories, in that order. */
    MorrisDesign subset(int[] chosen) {
        double[][] pts = new double[chosen.length * (k + 1)][];
        int[][] ch = new int[chosen.length][];
        boolean[][] u = new boolean[chosen.length][];
        for (int n = 0; n < chosen.length; n++) {
            for (int s = 0; s <= k; s++) {
                pts[n * (k + 1) + s] = points[index(chosen[n], s)];
            }
            ch[n] = changed[chosen[n]];
            u[n] = up[chosen[n]];
        }
        return new MorrisDesign(k, chosen.length, levels, delta, pts, ch, u);
    }

    /** Why {@code levels} is unusable, or null: p must be even and at least 2. */
    public static String levelProblem(int levels) {
        if (levels < 2) {
            return "a Morris design needs at least 2 levels (got " + levels + ")";
        }
        if (levels % 2 != 0) {
            return "Morris levels must be even, so that the step p/(2(p-1)) keeps every level equally likely"
                    + " (got " + levels + "; use " + (levels - 1) + " or " + (levels + 1) + ")";
        }
        return null;
    }

    /** r(k+1). */
    public int size() {
        return points.length;
    }

    /** Index among {@link #points()} of point s (0..k) of trajectory t. */
    public int index(int trajectory, int step) {
        return trajectory * (k + 1) + step;
    }

    /** Grid levels 0..p-1 as points in the unit cube: level / (p - 1), exact at both ends. */
    private static double[] grid(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] / (double) (levels - 1);
        }
        return x;
    }

    private static int[] permutation(int k, RandomGenerator random) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
