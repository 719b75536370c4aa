package cogov.output.report;

import java.io.IOException;

/**
 * The folder given to the report is missing or holds no results the report recognises (neither a
 * sweep's runs.csv nor a single run's timeseries.csv), or a recognised file lacks a required
 * column. The CLI turns it into exit code 2 (bad input), unlike other I/O failures.
 */
public class ResultsFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ResultsFormatException(String message) {
        super(message);
    }
}
