package cogov.model;

/**
 * The state of every resident (household representative), held column-wise in arrays so that a county
 * of 100,000 households steps in milliseconds. Resident {@code i} is the i-th entry of every array;
 * residents of one community occupy a contiguous index range. Processes write these arrays; everything
 * outside the model reads them through the public accessors.
 */
public final class Population {
    /** Day value meaning "never took part". */
    public static final int NEVER = Integer.MIN_VALUE / 2;

    public static final byte YOUTH = 0;
    public static final byte WORKING = 1;
    public static final byte ELDERLY = 2;

    public static final byte NOT_MEMBER = 0;
    public static final byte RESIDENT_MEMBER = 1;
    public static final byte IN_SERVICE_MEMBER = 2;

    final int size;
    final int[] community;
    final int[] grid;
    final byte[] ageGroup;
    final boolean[] migrant;
    final boolean[] relocated;
    final byte[] membership;
    final boolean[] volunteer;
    final double[] threshold;
    /**
     * Awareness and trust are not final: influence computes the next day's values into a second array and
     * swaps it in (DeGroot needs everyone's values of yesterday), rather than copying 100,000 values back.
     * Never keep a reference to either array across a day.
     */
    double[] awareness;
    double[] trust;
    final double[] satisfaction;
    final double[] initialTrust;
    final double[] initialSatisfaction;
    /** Expectation model: perceived service quality (memory of experiences) and the expectation it is judged by. */
    final double[] quality;
    final double[] expectation;
    /** Each household's own standard: satisfied when its satisfaction is at least this (may lie outside [0,1]). */
    final double[] satisfiedThreshold;
    final int[] lastParticipation;
    final int[] invitedOn;
    final boolean[] hasMemberTie;
    /** Activity model: political efficacy, weekly hours, hours left this week, free slots and interests (bit masks). */
    final double[] efficacy;
    final double[] weeklyHours;
    final double[] hoursLeft;
    final byte[] freeSlots;
    final byte[] interests;
    /** Last day of taking part in each activity kind ({@link ActivityKind} order), or {@link #NEVER}. */
    final int[][] lastByKind;
    /** Party members' hours left this week for outreach, invitations, relaying and organising. */
    final double[] memberHoursLeft;
    /** Last day the resident voted in a residents' committee election, or {@link #NEVER}. */
    final int[] lastVoted;
    /** Employer joint-building unit (index within the community's units) of an in-service member, or -1. */
    final int[] unit;
    /** Whether an in-service member has registered where they live (double registration). */
    final boolean[] registered;

    Population(int size) {
        this.size = size;
        community = new int[size];
        grid = new int[size];
        ageGroup = new byte[size];
        migrant = new boolean[size];
        relocated = new boolean[size];
        membership = new byte[size];
        volunteer = new boolean[size];
        threshold = new double[size];
        awareness = new double[size];
        trust = new double[size];
        satisfaction = new double[size];
        initialTrust = new double[size];
        initialSatisfaction = new double[size];
        quality = new double[size];
        expectation = new double[size];
        satisfiedThreshold = new double[size];
        lastParticipation = new int[size];
        invitedOn = new int[size];
        hasMemberTie = new boolean[size];
        efficacy = new double[size];
        weeklyHours = new double[size];
        hoursLeft = new double[size];
        freeSlots = new byte[size];
        interests = new byte[size];
        lastByKind = new int[ActivityKind.COUNT][size];
        for (int[] last : lastByKind) {
            java.util.Arrays.fill(last, NEVER);
        }
        memberHoursLeft = new double[size];
        lastVoted = new int[size];
        java.util.Arrays.fill(lastVoted, NEVER);
        unit = new int[size];
        registered = new boolean[size];
        java.util.Arrays.fill(unit, -1);
        java.util.Arrays.fill(lastParticipation, NEVER);
        java.util.Arrays.fill(invitedOn, NEVER);
    }

    public int size() {
        return size;
    }

    public int community(int i) {
        return community[i];
    }

    /** Grid index, unique across the county. */
    public int grid(int i) {
        return grid[i];
    }

    public byte ageGroup(int i) {
        return ageGroup[i];
    }

    public boolean isMigrant(int i) {
        return migrant[i];
    }

    /** True for households that came from former villages. */
    public boolean isRelocated(int i) {
        return relocated[i];
    }

    public byte membership(int i) {
        return membership[i];
    }

    public boolean isPartyMember(int i) {
        return membership[i] != NOT_MEMBER;
    }

    /**
     * Whether resident i does Party member work where it lives (outreach, invitations, organising, relaying,
     * with weekly member time): a resident member, or an in-service member registered here through joint
     * building (double registration). The one definition of "active member" both sides of the model use.
     */
    public boolean doesMemberWork(int i) {
        byte m = membership[i];
        return m == RESIDENT_MEMBER || (m == IN_SERVICE_MEMBER && registered[i]);
    }

    /** The joint-building unit employing in-service member i (index within its community's units), or -1. */
    public int unit(int i) {
        return unit[i];
    }

    /** Whether in-service member i has registered in the community where they live. */
    public boolean isRegistered(int i) {
        return registered[i];
    }

    public boolean isVolunteer(int i) {
        return volunteer[i];
    }

    public double threshold(int i) {
        return threshold[i];
    }

    public double awareness(int i) {
        return awareness[i];
    }

    public double trust(int i) {
        return trust[i];
    }

    public double satisfaction(int i) {
        return satisfaction[i];
    }

    /** Political efficacy in [0,1] (activity model): the belief that taking part changes decisions. */
    public double efficacy(int i) {
        return efficacy[i];
    }

    /** The last day the resident took part in an activity of this kind, or {@link #NEVER}. */
    public int lastParticipation(int i, ActivityKind kind) {
        return lastByKind[kind.ordinal()][i];
    }

    /** The last day the resident voted in a residents' committee election, or {@link #NEVER}. */
    public int lastVoted(int i) {
        return lastVoted[i];
    }

    /** Perceived service quality of household i (expectation model; equals the initial satisfaction until an experience). */
    public double quality(int i) {
        return quality[i];
    }

    /**
     * The satisfaction at or above which household i says it is satisfied: {@code feedback.satisfied_threshold}
     * for everybody, or its own standard drawn around it ({@code satisfied_threshold_sd}); above 1 it is never
     * satisfied, below 0 always.
     */
    public double satisfiedThreshold(int i) {
        return satisfiedThreshold[i];
    }

    /** Whether household i counts as satisfied (its satisfaction meets its own standard). */
    public boolean isSatisfied(int i) {
        return satisfaction[i] >= satisfiedThreshold[i];
    }

    /** The expectation household i judges service by (expectation model). */
    public double expectation(int i) {
        return expectation[i];
    }

    /** The last day on which the resident took part in an event, or {@link #NEVER}. */
    public int lastParticipation(int i) {
        return lastParticipation[i];
    }

    /**
     * Whether resident j took part within the window before {@code day} (today's attendance excluded):
     * what its ties see of it today, so that days stay synchronous.
     */
    boolean participatedBefore(int j, int day, int windowDays, boolean permanent) {
        int last = lastParticipation[j];
        if (last == NEVER || last >= day) {
            return false;
        }
        return permanent || day - 1 - last < windowDays;
    }

    /**
     * Whether the resident counts as participating at the end of {@code day}: took part within the
     * window (days {@code day-window+1 .. day}), or ever when participation is permanent.
     */
    public boolean isParticipating(int i, int day, int windowDays, boolean permanent) {
        int last = lastParticipation[i];
        if (last == NEVER) {
            return false;
        }
        return permanent || day - last < windowDays;
    }
}
