package cogov.calibration;

/** Why a calibration ended. */
public enum StopReason {
    /** The tolerance reached the requested minimum. */
    TOLERANCE_REACHED,
    /** A generation needed more candidates than the minimum acceptance rate allows; it was abandoned. */
    ACCEPTANCE_TOO_LOW,
    /** The maximum number of generations was run. */
    MAX_GENERATIONS
}
