package cogov.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and
 * Lempert 2010): find a box of parameter ranges inside which the cases of interest (a configuration
 * beats another, an effect falls below a threshold) are concentrated. Peeling removes, one step at a
 * time, the fraction alpha of the points at the low or high end of one parameter that most raises
 * the share of cases inside the box, down to a minimum support; the box chosen from that peeling
 * trajectory is the one with the highest F1 of density (share of cases inside it) and coverage (share
 * of all cases that it holds); pasting then widens its limits again while density does not fall.
 */
public final class Prim {

    /** Peeling fraction: Friedman and Fisher's suggested 0.05-0.10. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** Smallest box, as a share of all points. */
    public static final double DEFAULT_MIN_SUPPORT = 0.05;

    private Prim() {
    }

    /** One box on the peeling trajectory. */
    public record Step(double support, double density, double coverage) {
    }

    /**
     * A box: limits per parameter (a parameter is restricted when its limits are inside the range of
     * the data), its density, coverage and support (share of all points inside), and the peeling
     * trajectory it was chosen from.
     */
    public record Box(List<String> names, double[] lower, double[] upper, boolean[] restricted, double density,
                      double coverage, double support, int inside, List<Step> trajectory) {

        /** Readable limits of the restricted parameters, e.g. {@code p in [0.502, 0.999]}. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                if (restricted[i]) {
                    if (sb.length() > 0) {
                        sb.append(" and ");
                    }
                    sb.append(names.get(i)).append(" in [").append(Labels.round(lower[i])).append(", ")
                            .append(Labels.round(upper[i])).append(']');
                }
            }
            return sb.length() == 0 ? "everywhere" : sb.toString();
        }
    }

    /**
     * Points prepared once for many PRIM questions on them (every pair of configurations and every
     * outcome of a robustness study shares the assumption samples): the values, each parameter's
     * ascending order of the points (ties in point order) and the data's extremes.
     */
    public static final class Points {
        private final double[][] x;
        private final int[][] order;
        private final double[] low;
        private final double[] high;

        private Points(double[][] x, int k) {
            this.x = x;
            this.order = new int[k][];
            this.low = new double[k];
            this.high = new double[k];
            Arrays.fill(low, Double.POSITIVE_INFINITY);
            Arrays.fill(high, Double.NEGATIVE_INFINITY);
            for (double[] p : x) {
                for (int i = 0; i < k; i++) {
                    low[i] = Math.min(low[i], p[i]);
                    high[i] = Math.max(high[i], p[i]);
                }
            }
            for (int i = 0; i < k; i++) {
                order[i] = sortedBy(x, i);
            }
        }

        /** Number of points. */
        public int size() {
            return x.length;
        }
    }

    /** Prepares {@code x} ({@code [point][parameter]}, k parameters) for {@link #find(Points, List, boolean[])}. */
    public static Points prepare(double[][] x, int k) {
        return new Points(x, k);
    }

    /** PRIM with the default alpha and minimum support. */
    public static Box find(double[][] x, List<String> names, boolean[] cases) {
        return find(x, names, cases, DEFAULT_ALPHA, DEFAULT_MIN_SUPPORT);
    }

    /** PRIM with the default alpha and minimum support on prepared points. */
    public static Box find(Points points, List<String> names, boolean[] cases) {
        return find(points, names, cases, DEFAULT_ALPHA, DEFAULT_MIN_SUPPORT);
    }

    /**
     * @param x     {@code [point][parameter]}
     * @param cases whether each point is a case of interest
     */
    public static Box find(double[][] x, List<String> names, boolean[] cases, double alpha, double minSupport) {
        return find(prepare(x, names.size()), names, cases, alpha, minSupport);
    }

    /** PRIM on prepared points: the same box as {@link #find(double[][], List, boolean[], double, double)}. */
    public static Box find(Points points, List<String> names, boolean[] cases, double alpha, double minSupport) {
        double[][] x = points.x;
        int n = x.length;
        int k = names.size();
        if (n == 0 || cases.length != n) {
            throw new IllegalArgumentException("PRIM needs one case flag per point (got " + cases.length + " for " + n + ")");
        }
        if (points.order.length != k) {
            throw new IllegalArgumentException("points prepared for " + points.order.length + " parameters, not " + k);
        }
        int totalCases = 0;
        for (boolean c : cases) {
            totalCases += c ? 1 : 0;
        }
        double[] dataLow = points.low;
        double[] dataHigh = points.high;
        double[] lower = dataLow.clone();
        double[] upper = dataHigh.clone();
        List<double[][]> boxes = new ArrayList<>();
        List<Step> trajectory = new ArrayList<>();
        boxes.add(new double[][] {lower.clone(), upper.clone()});
        trajectory.add(new Step(1.0, totalCases / (double) n, totalCases == 0 ? 0 : 1.0));
        int[][] order = points.order;
        // per parameter and side, how many points at that end of the order are known to be outside the box
        // (points only leave the box while peeling, so the scans start there instead of at the end)
        int[][] skipped = new int[k][2];
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        int count = n;
        int hits = totalCases;
        while (count > Math.max(1, minSupport * n)) {
            int cut = Math.max(1, (int) Math.floor(alpha * count));
            double bestMean = Double.NEGATIVE_INFINITY;
            int bestCount = -1;
            int bestDim = -1;
            boolean bestLowSide = false;
            double bestLimit = 0;
            for (int i = 0; i < k; i++) {
                for (int side = 0; side < 2; side++) {
                    boolean lowSide = side == 0;
                    Peel peel = peel(x, cases, in, order[i], i, lowSide, cut, skipped[i]);
                    if (peel == null || peel.removed() >= count) {
                        continue;
                    }
                    int kept = count - peel.removed();
                    double mean = (hits - peel.removedHits()) / (double) kept;
                    if (mean > bestMean || (mean == bestMean && kept > bestCount)) {
                        bestMean = mean;
                        bestCount = kept;
                        bestDim = i;
                        bestLowSide = lowSide;
                        bestLimit = peel.limit();
                    }
                }
            }
            if (bestDim < 0 || bestCount < minSupport * n) {
                break;
            }
            for (int p = 0; p < n; p++) {
                if (in[p] && (bestLowSide ? x[p][bestDim] < bestLimit : x[p][bestDim] > bestLimit)) {
                    in[p] = false;
                    count--;
                    hits -= cases[p] ? 1 : 0;
                }
            }
            if (bestLowSide) {
                lower[bestDim] = bestLimit;
            } else {
                upper[bestDim] = bestLimit;
            }
            boxes.add(new double[][] {lower.clone(), upper.clone()});
            trajectory.add(new Step(count / (double) n, hits / (double) count,
                    totalCases == 0 ? 0 : hits / (double) totalCases));
        }
        int chosen = 0;
        double bestF1 = -1;
        for (int b = 0; b < trajectory.size(); b++) {
            Step s = trajectory.get(b);
            double f1 = s.density() + s.coverage() > 0 ? 2 * s.density() * s.coverage() / (s.density() + s.coverage()) : 0;
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                chosen = b;
            }
        }
        double[] lo = boxes.get(chosen)[0];
        double[] hi = boxes.get(chosen)[1];
        paste(x, cases, lo, hi, dataLow, dataHigh, alpha);
        Step finalStep = step(x, cases, lo, hi, totalCases);
        boolean[] restricted = new boolean[k];
        for (int i = 0; i < k; i++) {
            restricted[i] = lo[i] > dataLow[i] || hi[i] < dataHigh[i];
        }
        return new Box(List.copyOf(names), lo, hi, restricted, finalStep.density(), finalStep.coverage(),
                finalStep.support(), inside(x, lo, hi).length, List.copyOf(trajectory));
    }

    /** One candidate peel: how many points (and cases) it removes, and the box's new limit. */
    private record Peel(int removed, int removedHits, double limit) {
    }

    /**
     * Removes, along parameter i from the low (or high) end, the {@code cut} inside points with the most
     * extreme values and any tied with the last of them; null when that would leave no point.
     */
    private static Peel peel(double[][] x, boolean[] cases, boolean[] in, int[] order, int i, boolean lowSide, int cut,
                             int[] skipped) {
        int removed = 0;
        int removedHits = 0;
        double last = Double.NaN;
        int n = order.length;
        int side = lowSide ? 0 : 1;
        boolean leading = true;
        for (int m = skipped[side]; m < n; m++) {
            int p = order[lowSide ? m : n - 1 - m];
            if (!in[p]) {
                if (leading) {
                    skipped[side] = m + 1;
                }
                continue;
            }
            leading = false;
            double v = x[p][i];
            if (removed >= cut && v != last) {
                return new Peel(removed, removedHits, v);
            }
            removed++;
            removedHits += cases[p] ? 1 : 0;
            last = v;
        }
        return null;
    }

    /** The points in ascending order of parameter i, ties in point order (a stable sort by value). */
    private static int[] sortedBy(double[][] x, int i) {
        Integer[] idx = new Integer[x.length];
        for (int p = 0; p < idx.length; p++) {
            idx[p] = p;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(x[a][i], x[b][i]));
        int[] out = new int[idx.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = idx[p];
        }
        return out;
    }

    /** Widens each restricted limit by up to alpha of the box's points while the density does not fall. */
    private static void paste(double[][] x, boolean[] cases, double[] lo, double[] hi, double[] dataLow,
                              double[] dataHigh, double alpha) {
        boolean grown = true;
        while (grown) {
            grown = false;
            int[] inside = inside(x, lo, hi);
            double density = mean(cases, inside);
            int add = Math.max(1, (int) Math.floor(alpha * inside.length));
            double bestDensity = density;
            int bestDim = -1;
            boolean bestLowSide = false;
            double bestLimit = 0;
            for (int i = 0; i < lo.length; i++) {
                for (int side = 0; side < 2; side++) {
                    boolean lowSide = side == 0;
                    if (lowSide ? lo[i] <= dataLow[i] : hi[i] >= dataHigh[i]) {
                        continue;
                    }
                    double limit = pasteLimit(x, lo, hi, i, lowSide, add);
                    if (Double.isNaN(limit)) {
                        continue;
                    }
                    double[] l = lo.clone();
                    double[] h = hi.clone();
                    if (lowSide) {
                        l[i] = limit;
                    } else {
                        h[i] = limit;
                    }
                    double d = mean(cases, inside(x, l, h));
                    if (d >= bestDensity && (bestDim < 0 || d > bestDensity)) {
                        bestDensity = d;
                        bestDim = i;
                        bestLowSide = lowSide;
                        bestLimit = limit;
                    }
                }
            }
            if (bestDim >= 0) {
                if (bestLowSide) {
                    lo[bestDim] = bestLimit;
                } else {
                    hi[bestDim] = bestLimit;
                }
                grown = true;
            }
        }
    }

    /**
     * The limit that lets in the {@code add} nearest outside points along parameter i (others within the
     * box); NaN when no point lies outside on that side.
     */
    private static double pasteLimit(double[][] x, double[] lo, double[] hi, int i, boolean lowSide, int add) {
        List<Double> candidates = new ArrayList<>();
        for (double[] p : x) {
            boolean othersIn = true;
            for (int j = 0; j < lo.length && othersIn; j++) {
                if (j != i && (p[j] < lo[j] || p[j] > hi[j])) {
                    othersIn = false;
                }
            }
            if (othersIn && (lowSide ? p[i] < lo[i] : p[i] > hi[i])) {
                candidates.add(p[i]);
            }
        }
        if (candidates.isEmpty()) {
            return Double.NaN;
        }
        candidates.sort(lowSide ? (a, b) -> Double.compare(b, a) : Double::compare);
        return candidates.get(Math.min(add, candidates.size()) - 1);
    }



    private static Step step(double[][] x, boolean[] cases, double[] lo, double[] hi, int totalCases) {
        int[] in = inside(x, lo, hi);
        int hits = 0;
        for (int p : in) {
            hits += cases[p] ? 1 : 0;
        }
        return new Step(in.length / (double) x.length, in.length == 0 ? 0 : hits / (double) in.length,
                totalCases == 0 ? 0 : hits / (double) totalCases);
    }

    private static int[] inside(double[][] x, double[] lo, double[] hi) {
        int[] all = new int[x.length];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return inside(x, lo, hi, all);
    }

    private static int[] inside(double[][] x, double[] lo, double[] hi, int[] among) {
        int[] out = new int[among.length];
        int m = 0;
        for (int p : among) {
            boolean in = true;
            for (int i = 0; i < lo.length && in; i++) {
                in = x[p][i] >= lo[i] && x[p][i] <= hi[i];
            }
            if (in) {
                out[m++] = p;
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static double mean(boolean[] cases, int[] points) {
        if (points.length == 0) {
            return 0;
        }
        int hits = 0;
        for (int p : points) {
            hits += cases[p] ? 1 : 0;
        }
        return hits / (double) points.length;
    }
}
