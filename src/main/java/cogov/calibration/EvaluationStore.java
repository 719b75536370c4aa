package cogov.calibration;

import java.io.IOException;

/**
 * Where evaluated candidates are kept so that an interrupted calibration recomputes only what is
 * missing. A candidate is identified by its generation and index; its proposal is a pure function of
 * those, the master seed and the earlier generations, so a stored evaluation is exactly what a new
 * one would give.
 */
public interface EvaluationStore {

    /** Keeps nothing: every candidate is simulated. */
    EvaluationStore NONE = new EvaluationStore() {
        @Override
        public Evaluation find(int generation, int candidate) {
            return null;
        }

        @Override
        public void save(int generation, int candidate, Evaluation evaluation) {
        }
    };

    /** The stored evaluation, or null. */
    Evaluation find(int generation, int candidate) throws IOException;

    /** Stores one evaluation, completely or not at all (called from worker threads). */
    void save(int generation, int candidate, Evaluation evaluation) throws IOException;
}
