package cogov.model;

import cogov.config.ServiceSpec;
import ec.util.MersenneTwisterFast;

/**
 * The service parameters a queue needs each day, after mechanisms have adjusted them (regional
 * integration's fast track gives escalations a shorter transit and priority in departments' queues).
 */
record ServiceRules(ServiceSpec spec, boolean fastTrack, double fastTrackDelayDays) {

    double triageHours() {
        return spec.triageHours();
    }

    double dropAfterDays() {
        return spec.dropAfterDays();
    }

    double resolveShare() {
        return spec.resolveShare();
    }

    /** Exponentially distributed transit to a department with the configured mean (0 = immediate). */
    double transitDelay(MersenneTwisterFast random) {
        double mean = fastTrack ? fastTrackDelayDays : spec.departmentDelayDays();
        if (mean <= 0) {
            return 0;
        }
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /**
     * Probability that a worker of skill {@code skill} resolves a request needing {@code needed}: the
     * resolve share when skill suffices, falling linearly to 0 over the skill band below it.
     */
    double resolveProbability(double skill, double needed) {
        double gap = needed - skill;
        double factor = gap <= 0 ? 1.0 : Math.max(0.0, 1.0 - gap / spec.skillBand());
        return spec.resolveShare() * factor;
    }
}
