package cogov.model;

import cogov.config.ActivitiesSpec;
import cogov.config.AgeWeights;
import cogov.config.DistributionSpec;
import cogov.config.Distributions;
import cogov.config.ResidentsSpec;
import cogov.config.Scenario;
import cogov.config.StateOffsets;
import cogov.config.TimeBudgetSpec;
import cogov.config.TimeSlot;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.RealDistribution;

import java.util.List;

/**
 * Draws every resident's attributes and initial state (DOMAIN.md section 2) from the scenario, in a
 * fixed order so that the same seed gives the same county.
 */
final class PopulationBuilder {
    private final Scenario scenario;
    private final List<Community> communities;
    private final MersenneTwisterFast random;

    PopulationBuilder(Scenario scenario, List<Community> communities, MersenneTwisterFast random) {
        this.scenario = scenario;
        this.communities = communities;
        this.random = random;
    }

    Population build() {
        ResidentsSpec spec = scenario.residents();
        Population p = new Population(scenario.totalHouseholds());
        ValueSource threshold = ValueSource.of(spec.threshold(), random);
        ValueSource awareness = ValueSource.of(spec.awareness(), random);
        ValueSource trust = ValueSource.of(spec.trust(), random);
        ValueSource satisfaction = ValueSource.of(spec.satisfaction(), random);
        double youth = spec.youthShare();
        double elderly = spec.elderlyShare();
        double working = Math.max(0, 1 - youth - elderly);
        // members are more often elderly (many are retired): weights by age group, normalised to the share
        AgeWeights w = spec.memberAgeWeights();
        double weightNorm = w.youth() * youth + w.working() * working + w.elderly() * elderly;
        double memberBase = weightNorm > 0 ? spec.partyMemberShare() / weightNorm : 0;
        for (Community c : communities) {
            StateOffsets typeEffect = spec.effectOf(c.type());
            int relocatedLeft = c.spec().relocatedHouseholds();
            for (int i = c.firstHousehold(); i < c.endHousehold(); i++) {
                p.community[i] = c.index();
                double u = random.nextDouble();
                byte age = u < youth ? Population.YOUTH : (u < youth + elderly ? Population.ELDERLY : Population.WORKING);
                p.ageGroup[i] = age;
                p.migrant[i] = random.nextDouble() < spec.migrantShare();
                p.relocated[i] = relocatedLeft-- > 0;
                double weight = age == Population.YOUTH ? w.youth() : (age == Population.ELDERLY ? w.elderly() : w.working());
                if (random.nextDouble() < Math.min(1.0, memberBase * weight)) {
                    p.membership[i] = Population.RESIDENT_MEMBER;
                    c.residentMembers++;
                }
                p.volunteer[i] = random.nextDouble() < spec.volunteerShare();
                if (p.volunteer[i]) {
                    c.volunteers++;
                }
                StateOffsets own = p.relocated[i] ? spec.relocatedHouseholdEffect() : StateOffsets.NONE;
                StateOffsets origin = p.migrant[i] ? spec.migrantEffect() : StateOffsets.NONE;
                StateOffsets member = p.membership[i] != Population.NOT_MEMBER ? spec.memberEffect() : StateOffsets.NONE;
                StateOffsets ageEffect = age == Population.YOUTH ? spec.ageEffects().youth()
                        : (age == Population.ELDERLY ? spec.ageEffects().elderly() : spec.ageEffects().working());
                p.threshold[i] = clamp(threshold.next() + typeEffect.threshold() + own.threshold() + ageEffect.threshold()
                        + origin.threshold() + member.threshold());
                p.awareness[i] = clamp(awareness.next() + typeEffect.awareness() + own.awareness() + ageEffect.awareness()
                        + origin.awareness() + member.awareness());
                p.trust[i] = clamp(trust.next() + typeEffect.trust() + own.trust() + ageEffect.trust() + origin.trust()
                        + member.trust());
                p.satisfaction[i] = clamp(satisfaction.next() + typeEffect.satisfaction() + own.satisfaction()
                        + ageEffect.satisfaction() + origin.satisfaction() + member.satisfaction());
                p.initialTrust[i] = p.trust[i];
                p.initialSatisfaction[i] = p.satisfaction[i];
                p.quality[i] = p.satisfaction[i];
                p.expectation[i] = p.satisfaction[i];
            }
        }
        return p;
    }

    /**
     * The activity model's household traits (efficacy, weekly hours, free slots, interests), drawn from a
     * stream of their own so that switching the activity model on leaves every other draw unchanged.
     */
    static void drawActivityTraits(Population p, Scenario scenario, MersenneTwisterFast random) {
        ActivitiesSpec activities = scenario.activities();
        TimeBudgetSpec time = scenario.timeBudget();
        ValueSource efficacy = ValueSource.of(activities.efficacy(), random);
        double spread = time.spread();
        for (int i = 0; i < p.size; i++) {
            int age = p.ageGroup[i];
            p.efficacy[i] = clamp(efficacy.next());
            double hours = time.weeklyHours().of(age);
            if (random.nextDouble() < time.careShare()) {
                hours *= time.careFactor();
            }
            if (spread > 0) {
                hours *= Math.exp(spread * random.nextGaussian() - spread * spread / 2);
            }
            p.weeklyHours[i] = hours;
            TimeBudgetSpec.SlotShares free = time.free().of(age);
            byte slots = 0;
            for (TimeSlot slot : TimeSlot.values()) {
                if (random.nextDouble() < free.of(slot)) {
                    slots |= (byte) (1 << slot.ordinal());
                }
            }
            p.freeSlots[i] = slots;
            byte interests = 0;
            for (ActivityKind kind : ActivityKind.values()) {
                if (random.nextDouble() < kind.of(activities).interest()) {
                    interests |= (byte) kind.bit();
                }
            }
            p.interests[i] = interests;
        }
    }

    static double clamp(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    /** Per-resident values: an explicit list (in resident order, cycling) or draws from a distribution. */
    private interface ValueSource {
        double next();

        static ValueSource of(DistributionSpec spec, MersenneTwisterFast random) {
            if (spec.isExplicit()) {
                List<Double> values = spec.values();
                int[] position = {0};
                return () -> values.get(position[0]++ % values.size());
            }
            RealDistribution d = Distributions.create(spec, new RandomAdapter(random));
            return d::sample;
        }
    }
}
