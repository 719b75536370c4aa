package cogov.experiment;

import cogov.analysis.MorrisDesign;
import cogov.analysis.SaltelliDesign;
import cogov.config.ExperimentSpec.Morris;
import cogov.config.ExperimentSpec.Range;
import cogov.config.ExperimentSpec.Robustness;
import cogov.config.ExperimentSpec.Sample;
import cogov.config.ExperimentSpec.SampleMethod;
import cogov.config.ExperimentSpec.SampledDesign;
import cogov.config.ExperimentSpec.Saltelli;
import cogov.config.ExperimentSpec.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sampled points behind a design's configurations: points in the unit cube (Morris trajectories,
 * Saltelli matrices, a Latin hypercube or Sobol points), scaled onto the parameter ranges, and which
 * configuration each point runs as. Points that coincide (Morris trajectories crossing, Saltelli rows
 * whose A and B agree) share one configuration, so each distinct point is run once. A robustness design
 * crosses every variant with the same Latin hypercube of assumptions.
 *
 * @param method     {@code lhs}, {@code sobol}, {@code morris}, {@code saltelli} or {@code robustness}
 * @param parameters the sampled keys, in design order
 * @param ranges     their ranges, in the same order
 * @param unit       the points in the unit cube, {@code [point][parameter]}
 * @param variants   robustness: the configurations compared (their names); otherwise empty
 * @param configOf   {@code [variant][point]}: index in {@link #configurations()} (one row when there are no variants)
 * @param configurations the distinct configurations, in first-use order
 * @param morris     the Morris design, or null
 * @param saltelli   the Saltelli design, or null
 * @param threshold  robustness: the effect threshold of the PRIM question, NaN when none
 */
public record Sampling(String method, List<String> parameters, List<Range> ranges, double[][] unit,
                       List<String> variants, int[][] configOf, List<Configuration> configurations,
                       MorrisDesign morris, SaltelliDesign saltelli, double threshold) {

    public Sampling {
        parameters = List.copyOf(parameters);
        ranges = List.copyOf(ranges);
        variants = List.copyOf(variants);
        configurations = List.copyOf(configurations);
    }

    /** Expands a sampled design; the master seed seeds Latin hypercubes and Morris trajectories. */
    public static Sampling of(SampledDesign spec, long masterSeed) {
        List<String> names = new ArrayList<>(spec.ranges().keySet());
        List<Range> ranges = new ArrayList<>(spec.ranges().values());
        int k = names.size();
        long seed = Seeds.forSampling(masterSeed);
        MorrisDesign morris = null;
        SaltelliDesign saltelli = null;
        double[][] unit;
        String method;
        List<Variant> variants = List.of(new Variant("", Map.of()));
        double threshold = Double.NaN;
        if (spec instanceof Sample s) {
            method = s.method().name().toLowerCase(java.util.Locale.ROOT);
            unit = s.method() == SampleMethod.SOBOL ? Design.sobol(s.count(), k) : Design.latinHypercube(s.count(), k, seed);
        } else if (spec instanceof Morris m) {
            method = "morris";
            morris = m.candidates() > 0 ? MorrisDesign.optimised(k, m.trajectories(), m.levels(), m.candidates(), seed)
                    : MorrisDesign.generate(k, m.trajectories(), m.levels(), seed);
            unit = morris.points();
        } else if (spec instanceof Saltelli s) {
            method = "saltelli";
            saltelli = SaltelliDesign.of(s.n(), k);
            unit = saltelli.points();
        } else {
            Robustness r = (Robustness) spec;
            method = "robustness";
            unit = Design.latinHypercube(r.samples(), k, seed);
            variants = r.variants();
            threshold = r.threshold();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Configuration> configs = new ArrayList<>();
        int[][] configOf = new int[variants.size()][unit.length];
        for (int v = 0; v < variants.size(); v++) {
            for (int p = 0; p < unit.length; p++) {
                Map<String, Object> overrides = new LinkedHashMap<>(variants.get(v).overrides());
                for (int i = 0; i < k; i++) {
                    overrides.put(names.get(i), Design.scale(unit[p][i], ranges.get(i)));
                }
                Configuration c = Configuration.of(variants.get(v).name(), overrides);
                Integer existing = index.get(c.id());
                if (existing == null) {
                    existing = configs.size();
                    index.put(c.id(), existing);
                    configs.add(c);
                }
                configOf[v][p] = existing;
            }
        }
        List<String> variantNames = spec instanceof Robustness ? variants.stream().map(Variant::name).toList() : List.of();
        return new Sampling(method, names, ranges, unit, variantNames, configOf, configs, morris, saltelli, threshold);
    }

    /** Number of sampled points (per variant). */
    public int points() {
        return unit.length;
    }

    /** The parameter values of every point, {@code [point][parameter]}, as the runs used them. */
    public double[][] values() {
        double[][] x = new double[unit.length][parameters.size()];
        for (int p = 0; p < unit.length; p++) {
            for (int i = 0; i < parameters.size(); i++) {
                x[p][i] = ((Number) Design.scale(unit[p][i], ranges.get(i))).doubleValue();
            }
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sampling s && s.method.equals(method) && s.parameters.equals(parameters)
                && s.configurations.equals(configurations) && java.util.Arrays.deepEquals(s.configOf, configOf);
    }

    @Override
    public int hashCode() {
        return method.hashCode() * 31 + configurations.hashCode();
    }
}
