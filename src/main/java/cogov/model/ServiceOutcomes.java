package cogov.model;

import java.util.Arrays;

/**
 * Service experiences of the day (resolved, overdue, dropped), handed from the service process to the
 * feedback process so that satisfaction and trust change in a separate, documented step.
 */
final class ServiceOutcomes {
    static final byte RESOLVED = 0;
    static final byte OVERDUE = 1;
    static final byte DROPPED = 2;

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
