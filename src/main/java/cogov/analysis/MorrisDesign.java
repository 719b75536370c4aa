package cogov.analysis;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's (1991) one-at-a-time design: r trajectories of k+1 points on a p-level grid in the unit
 * cube, each moving one parameter at a time, in random order and direction, by the step
 * Delta = p / (2(p - 1)) (the step that makes every level equally likely when p is even). Points are
 * ordered trajectory by trajectory; trajectory t's step s changes parameter {@link #changed}[t][s].
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
