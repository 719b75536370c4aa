package cogov.cli;

import cogov.metrics.Metric;
import cogov.metrics.MetricRegistry;
import cogov.metrics.Tag;
import cogov.output.FolderLayout;
import cogov.output.Format;
import cogov.output.report.CalibrationReport;
import cogov.output.report.Report;
import cogov.output.report.ReportOptions;
import cogov.output.report.ResultsFormatException;
import cogov.experiment.Sensitivity;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cogov report}: charts and report.html for a sweep's or a single run's results folder. It
 * handles its own errors (rather than extending {@code CogovCommand}) so it also works when run on
 * its own, as the sweep engine's tests and {@code CommandLine.execute} in tests do.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write comparison charts (PNG 300 dpi, SVG, PDF) and a self-contained report.html "
                + "for a sweep's results folder, or time-series charts for a single run's folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:writing failed", "2:bad usage, or the folder is missing or not "
                + "a cogov results folder"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Sweep, run or calibration output folder.")
    private Path resultsDir;

    @Option(names = "--format", paramLabel = "FORMATS", converter = FormatsConverter.class,
            defaultValue = "png,svg,pdf", description = "Chart file formats, comma-separated (default: ${DEFAULT-VALUE}).")
    private Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: RESULTS_DIR/report).")
    private Path out;

    @Option(names = "--metrics", paramLabel = "WHICH", defaultValue = "key", converter = MetricsConverter.class,
            description = {"Outcomes to chart: 'key' (default: " + "participation, satisfaction, trust, resolution,"
                    + " on-time, time to resolution, backlog, spending, cost per request, equity gap), 'all',",
                    "or a comma-separated list of metric names."})
    private Predicate<Metric> metrics;

    @Option(names = "--configs", paramLabel = "LIST", split = ",",
            description = {"Configurations the time series and distributions show (ids or labels, comma-separated;"
                    + " the reference is always shown). Default: all when at most 8, else the reference, each"
                    + " mechanism alone, all together and the best."})
    private List<String> configs = List.of();

    @Option(names = "--width", paramLabel = "INCHES", description = "Width of every chart (default: 7; a width"
            + " alone keeps each chart's proportions).")
    private Double width;

    @Option(names = "--height", paramLabel = "INCHES", description = "Height of every chart (default: each chart's own).")
    private Double height;

    @Option(names = "--font-scale", paramLabel = "X", defaultValue = "1",
            description = "Multiply every chart font size by X (default: 1: 8-12 pt at the default width).")
    private double fontScale;

    @Option(names = "--no-titles", description = "Leave titles and subtitles out of the charts (a journal sets them in"
            + " the caption); legends stay.")
    private boolean noTitles;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path target = out != null ? out : resultsDir.resolve(FolderLayout.REPORT_DIR);
        ReportOptions options;
        try {
            options = new ReportOptions(configs, width, height, fontScale, !noTitles);
        } catch (IllegalArgumentException e) {
            err.println("cogov: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            if (Files.isDirectory(resultsDir) && !CalibrationReport.isCalibration(resultsDir)) {
                Sensitivity.recompute(resultsDir);
            }
            Path html = CalibrationReport.isCalibration(resultsDir) ? CalibrationReport.write(resultsDir, formats, target)
                    : Report.write(resultsDir, formats, target, metrics, options);
            spec.commandLine().getOut().println("report written: " + html);
            return ExitCodes.OK;
        } catch (ResultsFormatException e) {
            err.println("cogov: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("cogov: internal error: " + e);
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /** Parses {@code key}, {@code all} or a list of metric names; an unknown name is a usage error (exit 2). */
    static final class MetricsConverter implements ITypeConverter<Predicate<Metric>> {
        @Override
        public Predicate<Metric> convert(String value) {
            return selection(value);
        }
    }

    /** The outcome selection named by {@code key}, {@code all} or a comma-separated list of metric names. */
    static Predicate<Metric> selection(String value) {
        String v = value.trim();
        if (v.equals("all")) {
            return m -> true;
        }
        Set<String> names = new java.util.HashSet<>();
        for (String name : v.equals("key") ? MetricRegistry.namesTagged(Tag.KEY_OUTCOME) : List.of(v.split(","))) {
            String n = name.trim();
            if (MetricRegistry.find(n) == null) {
                throw new TypeConversionException("unknown metric '" + n + "' (use key, all, or names such as"
                        + " participation_rate,resolution_rate)");
            }
            names.add(n);
        }
        return m -> names.contains(m.name());
    }

    /** Parses {@code png,svg,pdf} case-insensitively; picocli reports a bad name as a usage error (exit 2). */
    static final class FormatsConverter implements ITypeConverter<Set<Format>> {
        @Override
        public Set<Format> convert(String value) {
            try {
                Set<Format> formats = Format.parseList(value);
                if (formats.isEmpty()) {
                    throw new TypeConversionException("no format given (expected png, svg or pdf, comma-separated)");
                }
                return formats;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
