package cogov.model;

import ec.util.MersenneTwisterFast;

/**
 * The service parameters a queue needs each day, after mechanisms have adjusted them (regional
 * integration shortens the department delay).
 */
record ServiceRules(double triageHours, double departmentDelayDays, double departmentResolveShare,
                    double dropAfterDays, double resolveShare) {

    /** Exponentially distributed department delay with the configured mean (0 = immediate). */
    double departmentDelay(MersenneTwisterFast random) {
        if (departmentDelayDays <= 0) {
            return 0;
        }
        return -departmentDelayDays * Math.log(1.0 - random.nextDouble());
    }
}
