package cogov.metrics;

import cogov.model.Community;
import java.util.Arrays;
import java.util.List;

/** Per-grid counts for the inequality metrics. */
final class GridStats {
    final int[] households;
    final int[] participants;
    final double[] satisfaction;

    GridStats(int grids) {
        households = new int[grids];
        participants = new int[grids];
        satisfaction = new double[grids];
    }

    /** Adds a run of residents of one grid (grid -1: nothing yet). */
    void record(int grid, int n, int joined, double satisfactionSum) {
        if (grid >= 0) {
            households[grid] += n;
            participants[grid] += joined;
            satisfaction[grid] += satisfactionSum;
        }
    }

    double gini(List<Community> scope, boolean participation) {
        int total = 0;
        for (Community c : scope) {
            total += c.gridCount();
        }
        double[] x = new double[total];
        int n = 0;
        for (Community c : scope) {
            for (int g = c.firstGrid(); g < c.firstGrid() + c.gridCount(); g++) {
                if (households[g] > 0) {
                    x[n++] = participation ? participants[g] / (double) households[g] : satisfaction[g] / households[g];
                }
            }
        }
        return Gini.of(Arrays.copyOf(x, n));
    }
}
