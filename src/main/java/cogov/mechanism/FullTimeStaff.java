package cogov.mechanism;

import cogov.config.MechanismsSpec.FullTimeStaffSpec;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.model.Mechanism;

/**
 * Full-time staff support (专职力量支撑): posts raised to one worker per N households and at least a
 * minimum per community (Shandong 2017), training that raises productivity and skill, and lower turnover (skill lost with
 * turnover).
 */
public final class FullTimeStaff implements Mechanism {
    private final FullTimeStaffSpec spec;
    private final double trainingYuanPerWorkerYear;

    public FullTimeStaff(FullTimeStaffSpec spec, double trainingYuanPerWorkerYear) {
        this.spec = spec;
        this.trainingYuanPerWorkerYear = trainingYuanPerWorkerYear;
    }

    @Override
    public int startDay() {
        return spec.startDay();
    }

    @Override
    public void setUp(CountyModel model) {
        for (Community c : model.communities()) {
            int standard = (int) Math.ceil(c.households() / spec.householdsPerWorker());
            c.ensureStaffPosts(Math.max(spec.minStaff(), standard));
            c.multiplyStaffProductivity(spec.trainingProductivity());
            c.setTurnoverPerYear(spec.turnoverPerYear());
            c.addTrainingSkillGain(spec.trainingSkillGainPerYear());
            c.addTrainingCost(c.staffPosts() * trainingYuanPerWorkerYear);
        }
    }
}
