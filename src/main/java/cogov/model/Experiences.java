package cogov.model;

import java.util.Arrays;

/**
 * What happened to households since the last feedback step: service experiences (responded, resolved,
 * overdue, dropped, need unreported), posted by the service side, and consultation experiences (heard,
 * and the decision followed through or not), posted by the participation side. The feedback process
 * reads them once and clears them, so experiences posted after feedback on day d are read on day d+1.
 */
public final class Experiences {
    static final byte RESOLVED = 0;
    static final byte OVERDUE = 1;
    static final byte DROPPED = 2;
    static final byte RESPONDED = 3;
    static final byte UNREPORTED = 4;
    static final byte CONSULTATION_FOLLOWED = 5;
    static final byte CONSULTATION_IGNORED = 6;

    private int[] households = new int[256];
    private byte[] kinds = new byte[256];
    private double[] waits = new double[256];
    private int size;

    void add(int household, byte kind, double waitDays) {
        if (size == households.length) {
            households = Arrays.copyOf(households, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            waits = Arrays.copyOf(waits, size * 2);
        }
        households[size] = household;
        kinds[size] = kind;
        waits[size] = waitDays;
        size++;
    }

    /** Household {@code household} was heard in a consultation; {@code followedThrough}: its input changed a decision. */
    public void consultation(int household, boolean followedThrough) {
        add(household, followedThrough ? CONSULTATION_FOLLOWED : CONSULTATION_IGNORED, 0);
    }

    int size() {
        return size;
    }

    int household(int k) {
        return households[k];
    }

    byte kind(int k) {
        return kinds[k];
    }

    double wait(int k) {
        return waits[k];
    }

    void clear() {
        size = 0;
    }
}
