package cogov.mechanism;

import cogov.config.MechanismsSpec.RegionalIntegrationSpec;
import cogov.model.Community;
import cogov.model.CostItem;
import cogov.model.CountyModel;
import cogov.model.Mechanism;

import java.util.List;

/**
 * Regional integration (区域统筹): a joint council rebalances grids to a target size, shares venue
 * area, fast-tracks escalations ("street whistles, departments report": shorter transit and priority in
 * the departments' queues, whose capacity the work still uses), and each day pools a share of idle staff
 * hours to communities whose outstanding work exceeds their own capacity, losing a share of the pooled
 * hours to travel and coordination.
 */
public final class RegionalIntegration implements Mechanism {
    private final RegionalIntegrationSpec spec;

    public RegionalIntegration(RegionalIntegrationSpec spec) {
        this.spec = spec;
    }

    @Override
    public int startDay() {
        return spec.startDay();
    }

    @Override
    public void setUp(CountyModel model) {
        double totalVenue = 0;
        for (Community c : model.communities()) {
            c.rebalanceGrids(spec.gridHouseholds());
            totalVenue += c.venueM2();
        }
        int n = model.communities().size();
        for (Community c : model.communities()) {
            if (n > 1) {
                model.shareVenue(c, spec.venueSharingShare(), (totalVenue - c.venueM2()) / (n - 1));
            }
        }
        model.enableFastTrack(spec.escalationDelayDays());
    }

    /**
     * Idle capacity (capacity beyond today's outstanding work) is lent, up to the pooling share, to
     * communities short of capacity in proportion to their shortfall.
     */
    @Override
    public void beforeService(CountyModel model, int day) {
        List<Community> communities = model.communities();
        double[] balance = new double[communities.size()];
        double offered = 0;
        double needed = 0;
        for (Community c : communities) {
            double surplus = c.capacityHours() - c.outstandingEffort()
                    - model.todaysReportedEffort(c);
            balance[c.index()] = surplus;
            if (surplus > 0) {
                offered += spec.poolingShare() * surplus;
            } else {
                needed += -surplus;
            }
        }
        double moved = Math.min(offered, needed);
        if (moved <= 0) {
            return;
        }
        double travelYuanPerHour = model.scenario().costs().poolingTravelYuanPerHour();
        for (Community c : communities) {
            double b = balance[c.index()];
            if (b > 0) {
                double lent = moved * (spec.poolingShare() * b) / offered;
                c.adjustCapacityToday(-lent);
                model.costs().post(c.index(), CostItem.COORDINATION, lent * travelYuanPerHour);
            } else if (b < 0) {
                c.adjustCapacityToday((1 - spec.poolingLossShare()) * moved * (-b) / needed);
            }
        }
    }
}
