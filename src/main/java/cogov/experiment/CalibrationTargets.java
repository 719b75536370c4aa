package cogov.experiment;

import cogov.config.MetricCatalog;
import cogov.config.TargetSpec;
import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.metrics.Scope;
import java.util.Collection;
import java.util.List;

/**
 * Turns one run into one number per calibration target: the target's metric in its scope unit,
 * averaged over the last {@code window_days} days (undefined days skipped) or taken on the last day.
 * Also the metric registry as the {@link MetricCatalog} that targets files are checked against.
 */
public final class CalibrationTargets implements MetricsSink {

    /** The metric registry seen from the config package. */
    public static final MetricCatalog CATALOG = new MetricCatalog() {
        @Override
        public Collection<String> names() {
            return MetricRegistry.all().stream().map(Metric::name).toList();
        }

        @Override
        public boolean countyOnly(String metric) {
            Metric m = MetricRegistry.find(metric);
            return m != null && m.countyOnly();
        }
    };

    private final List<TargetSpec> targets;
    private final int days;
    private final int[] column;
    private final Scope[] scope;
    private final double[] sum;
    private final int[] count;
    private final double[] last;

    /** @param targets active targets; @param days the run's length */
    public CalibrationTargets(List<TargetSpec> targets, int days) {
        this.targets = List.copyOf(targets);
        this.days = days;
        int n = targets.size();
        column = new int[n];
        scope = new Scope[n];
        sum = new double[n];
        count = new int[n];
        last = new double[n];
        for (int k = 0; k < n; k++) {
            column[k] = MetricRegistry.indexOf(targets.get(k).metric());
            scope[k] = switch (targets.get(k).scope()) {
                case COUNTY -> Scope.COUNTY;
                case TYPE -> Scope.TYPE;
                case COMMUNITY -> Scope.COMMUNITY;
            };
            last[k] = Double.NaN;
        }
    }

    @Override
    public void accept(List<MetricsRow> dayRows) {
        for (MetricsRow row : dayRows) {
            for (int k = 0; k < column.length; k++) {
                if (row.scope() != scope[k] || !row.unit().equals(targets.get(k).unit())) {
                    continue;
                }
                double v = row.values()[column[k]];
                if (row.day() == days) {
                    last[k] = v;
                }
                if (row.day() > days - targets.get(k).windowDays() && !Double.isNaN(v)) {
                    sum[k] += v;
                    count[k]++;
                }
            }
        }
    }

    /** The statistic of every target, in target order; NaN where undefined. */
    public double[] statistics() {
        double[] out = new double[column.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = targets.get(k).statistic() == TargetSpec.Statistic.LAST ? last[k]
                    : count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        return out;
    }
}
