package cogov.metrics;

import cogov.config.CommunityType;
import cogov.model.Community;
import cogov.model.CountyModel;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * What a metric is computed from for one scope unit (a community, a community type or the county): the
 * unit's sums from the collector's single pass ({@link #sums}), and, computed at most once when a metric
 * asks, the percentiles of its resolution times, the inequality across its grids, and (county only) the
 * sums by community type.
 */
final class ScopeData {

    /** The model, for county-wide quantities outside any community (county departments). */
    final CountyModel model;
    /** The unit's sums over residents and ledgers. */
    final Tally sums;
    private final int day;
    private final List<Community> communities;
    private final GridStats grids;
    private final Tally[] byType;
    private final double[][] timesBuffer;
    private final Percentile percentile;
    private int times = -1;

    ScopeData(CountyModel model, Tally sums, int day, List<Community> communities, GridStats grids, Tally[] byType,
            double[][] timesBuffer, Percentile percentile) {
        this.model = model;
        this.sums = sums;
        this.day = day;
        this.communities = communities;
        this.grids = grids;
        this.byType = byType;
        this.timesBuffer = timesBuffer;
        this.percentile = percentile;
    }

    /** The p-th percentile of days to resolution of the unit's requests resolved in the last 30 days; NaN when none. */
    double resolutionDaysPercentile(double p) {
        if (times < 0) {
            times = 0;
            for (Community c : communities) {
                times = c.ledger().copyResolutionTimes(day, timesBuffer, times);
            }
            if (times > 0) {
                percentile.setData(timesBuffer[0], 0, times);
            }
        }
        return times > 0 ? percentile.evaluate(p) : Double.NaN;
    }

    /** Gini coefficient across the unit's grids of participation rates (or of mean satisfaction). */
    double gridGini(boolean participation) {
        return grids.gini(communities, participation);
    }

    /**
     * A quantity of old-urban communities minus that of relocated communities; NaN unless this is the county
     * row and both types are present.
     */
    double oldUrbanMinusRelocated(ToDoubleFunction<Tally> quantity) {
        if (byType == null) {
            return Double.NaN;
        }
        Tally old = byType[CommunityType.OLD_URBAN.ordinal()];
        Tally relocated = byType[CommunityType.RELOCATED.ordinal()];
        if (old == null || relocated == null) {
            return Double.NaN;
        }
        return quantity.applyAsDouble(old) - quantity.applyAsDouble(relocated);
    }
}
