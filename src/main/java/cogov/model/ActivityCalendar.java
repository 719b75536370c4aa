package cogov.model;

import cogov.config.ActivitiesSpec;
import cogov.config.ActivityTypeSpec;
import cogov.config.TimeSlot;

/**
 * One committee's activity calendar. At the start of every 30-day month the committee decides how many
 * activities of each type to hold, from last month's attendance (one more after an oversubscribed month,
 * up to twice the planned number; one fewer when mean attendance was below {@code min_attendance}, down to
 * one), then from its funds (balance plus the month's allocation must cover the expected cost, with last
 * month's mean number of residents who wanted to come as the expected attendance) and its staff
 * time (at most {@code max_staff_share} of the month's staff hours); the most expensive activity per expected
 * attendee goes first. It then places them on days of the right kind (weekday or weekend), spread over the
 * month, one activity a day, offset from other communities' calendars when calendars are staggered.
 */
final class ActivityCalendar {
    static final int MONTH = 30;
    private static final int NONE = -1;

    private final ActivitiesSpec spec;
    private final int offset;
    private final int[] kindOnDay = new int[MONTH];
    private final int[] count = new int[ActivityKind.COUNT];
    private final double[] attendance = new double[ActivityKind.COUNT];
    private final int[] held = new int[ActivityKind.COUNT];
    private final boolean[] oversubscribed = new boolean[ActivityKind.COUNT];
    private final double[] expectedAttendance = new double[ActivityKind.COUNT];
    private final int[] extraPerMonth = new int[ActivityKind.COUNT];
    private int monthStart = Integer.MIN_VALUE;
    private double followThrough;

    ActivityCalendar(ActivitiesSpec spec, int communityIndex, int communityCount) {
        this.spec = spec;
        this.offset = spec.stagger() ? communityIndex * MONTH / Math.max(1, communityCount) : 0;
        java.util.Arrays.fill(kindOnDay, NONE);
        followThrough = spec.consultation().followThrough();
        for (ActivityKind k : ActivityKind.values()) {
            count[k.ordinal()] = k.of(spec).perMonth();
            expectedAttendance[k.ordinal()] = spec.minAttendance();
        }
    }

    static boolean monthStarts(int day) {
        return Math.floorMod(day - 1, MONTH) == 0;
    }

    /** Raises the planned number of a kind per month to at least {@code perMonth} (a mechanism's standard). */
    void ensurePerMonth(ActivityKind kind, int perMonth) {
        int extra = Math.max(0, perMonth - planned(kind));
        extraPerMonth[kind.ordinal()] += extra;
        count[kind.ordinal()] += extra;
    }

    /** Probability that a consultation's outcome is acted upon in this community. */
    double followThrough() {
        return followThrough;
    }

    /** Raises the follow-through probability to at least {@code share}. */
    void ensureFollowThrough(double share) {
        followThrough = Math.max(followThrough, share);
    }

    int planned(ActivityKind kind) {
        return kind.of(spec).perMonth() + extraPerMonth[kind.ordinal()];
    }

    /**
     * Plans the month starting on {@code day}.
     *
     * @param funds      money the committee can spend on activities this month
     * @param staffHours staff hours the committee has this month
     */
    void plan(int day, double funds, double staffHours) {
        adaptToAttendance();
        int[] n = count.clone();
        double staffCap = spec.maxStaffShare() * staffHours;
        while (cost(n) > funds + 1e-9 || staff(n) > staffCap + 1e-9) {
            int drop = mostExpensive(n, cost(n) > funds + 1e-9);
            if (drop == NONE) {
                break;
            }
            n[drop]--;
        }
        monthStart = day;
        java.util.Arrays.fill(kindOnDay, NONE);
        for (ActivityKind k : ActivityKind.values()) {
            TimeSlot slot = k.of(spec).slot();
            int wanted = n[k.ordinal()];
            for (int j = 0; j < wanted; j++) {
                int target = offset + k.ordinal() * 5 + j * MONTH / wanted;
                place(k, slot, target);
            }
        }
        java.util.Arrays.fill(attendance, 0);
        java.util.Arrays.fill(held, 0);
        java.util.Arrays.fill(oversubscribed, false);
    }

    private void adaptToAttendance() {
        if (monthStart == Integer.MIN_VALUE) {
            return;
        }
        for (ActivityKind k : ActivityKind.values()) {
            int i = k.ordinal();
            int base = planned(k);
            if (held[i] == 0 || base == 0) {
                continue;
            }
            double mean = attendance[i] / held[i];
            expectedAttendance[i] = mean;
            if (oversubscribed[i]) {
                count[i] = Math.min(2 * base, count[i] + 1);
            } else if (mean < spec.minAttendance()) {
                count[i] = Math.max(1, count[i] - 1);
            }
        }
    }

    private double cost(int[] n) {
        double total = 0;
        for (ActivityKind k : ActivityKind.values()) {
            ActivityTypeSpec t = k.of(spec);
            total += n[k.ordinal()] * (t.costYuan() + t.costYuanPerParticipant() * expectedAttendance[k.ordinal()]);
        }
        return total;
    }

    private double staff(int[] n) {
        double total = 0;
        for (ActivityKind k : ActivityKind.values()) {
            total += n[k.ordinal()] * k.of(spec).staffHours();
        }
        return total;
    }

    /** The kind with the highest cost (money or staff hours) per expected attendee that can still be dropped. */
    private int mostExpensive(int[] n, boolean byMoney) {
        int best = NONE;
        double worst = -1;
        for (ActivityKind k : ActivityKind.values()) {
            int i = k.ordinal();
            if (n[i] == 0) {
                continue;
            }
            ActivityTypeSpec t = k.of(spec);
            double price = byMoney ? t.costYuan() + t.costYuanPerParticipant() * expectedAttendance[i] : t.staffHours();
            if (price <= 0) {
                continue;
            }
            double perAttendee = price / Math.max(1, expectedAttendance[i]);
            if (perAttendee > worst) {
                worst = perAttendee;
                best = i;
            }
        }
        return best;
    }

    /** Puts an activity on the first free day of the right kind at or after {@code target} (wrapping in the month). */
    private void place(ActivityKind kind, TimeSlot slot, int target) {
        for (int step = 0; step < MONTH; step++) {
            int d = Math.floorMod(target + step, MONTH);
            if (kindOnDay[d] == NONE && TimeBudget.isWeekend(monthStart + d) == slot.onWeekend()) {
                kindOnDay[d] = kind.ordinal();
                return;
            }
        }
    }

    /** The activity kinds by ordinal (values() would copy the array on every call). */
    private static final ActivityKind[] KINDS = ActivityKind.values();

    /** The kind held on {@code day}, or null. */
    ActivityKind on(int day) {
        int d = day - monthStart;
        if (d < 0 || d >= MONTH || kindOnDay[d] == NONE) {
            return null;
        }
        return KINDS[kindOnDay[d]];
    }

    /**
     * Records an activity held, for next month's plan: how many wanted to come (willing and able), which is
     * what the committee expects to pay for next time, and whether some had to be turned away.
     */
    void recordHeld(ActivityKind kind, int wanting, boolean wasOversubscribed) {
        int i = kind.ordinal();
        held[i]++;
        attendance[i] += wanting;
        oversubscribed[i] |= wasOversubscribed;
    }

    /** Staff hours the activity planned for {@code day} takes (0 when none). */
    double staffHoursOn(int day) {
        ActivityKind k = on(day);
        return k == null ? 0 : k.of(spec).staffHours();
    }
}
