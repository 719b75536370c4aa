package cogov.cli;

import cogov.calibration.AbcSmc;
import cogov.calibration.Generation;
import cogov.config.CalibrationLoader;
import cogov.config.CalibrationSpec;
import cogov.config.TargetSpec;
import cogov.experiment.Calibration;
import cogov.experiment.CalibrationTargets;
import cogov.experiment.SweepException;
import cogov.output.FolderLayout;
import cogov.output.report.CalibrationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cogov calibrate CALIBRATION}: ABC-SMC of scenario keys against published targets. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate scenario keys against targets by ABC-SMC (population Monte Carlo, Beaumont et al."
                + " 2009): posterior, summary, predictive checks, calibrated scenario and report.",
            "Writes candidates/ as candidates finish (so --resume after any interruption gives the same posterior),"
                + " then posterior.csv, posterior_summary.csv, generations.csv, predictive.csv, calibrated.yaml,"
                + " manifest.json and report/report.html.",
            "Default folder: results/<calibration name>/. See docs/calibration.md.",
            "Exit codes: 0 done, 1 internal error, 2 bad input or output folder in the way."})
final class CalibrateCommand extends CogovCommand {

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration YAML file.")
    Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "Candidates simulated in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must be new or empty unless --resume).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted calibration in its folder: evaluated candidates"
            + " are kept, only the missing ones are simulated.")
    boolean resume;

    @Option(names = "--dry-run", description = "Print the parameters, the targets, the run count and a time estimate;"
            + " run nothing.")
    boolean dryRun;

    @Option(names = "--no-report", description = "Do not write report/ at the end.")
    boolean noReport;

    @Override
    protected int execute() throws Exception {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new UserException("--threads must be at least 1 (got " + nThreads + ")");
        }
        ScenarioFiles.requireReadable(file);
        CalibrationSpec spec = CalibrationLoader.load(file, CalibrationTargets.CATALOG);
        Calibration calibration = new Calibration(spec, main().engine()::run);
        if (dryRun) {
            return dryRun(calibration, nThreads);
        }
        Path target = out != null ? out : main().resultsRoot().resolve(spec.name());
        Calibration.Outcome outcome;
        try {
            outcome = calibration.run(new Calibration.Options(target, nThreads, resume), new Progress(err()));
        } catch (SweepException e) {
            throw new UserException(e.getMessage());
        }
        err().printf("cogov: %d generations (%s), %d candidates simulated, %d reused from earlier runs, in %.1f s%n",
                outcome.result().generations().size(), outcome.result().stopReason().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '), outcome.simulatedCandidates(), outcome.reusedCandidates(),
                outcome.wall().toMillis() / 1000.0);
        if (!noReport) {
            Path html = CalibrationReport.write(target, target.resolve(FolderLayout.REPORT_DIR));
            err().println("cogov: report in " + html);
        }
        err().flush();
        out().println("Results in " + target);
        out().flush();
        return ExitCodes.OK;
    }

    private int dryRun(Calibration calibration, int nThreads) throws Exception {
        CalibrationSpec spec = calibration.spec();
        PrintWriter o = out();
        o.println("parameter\tprior\tlow\thigh");
        spec.parameters().forEach(p -> o.println(p.key() + "\t" + p.prior().name().toLowerCase(java.util.Locale.ROOT)
                + "\t" + p.low() + "\t" + p.high()));
        o.println("target\tset\tmetric\tscope\tvalue\tsd");
        for (TargetSpec t : spec.targets()) {
            String set = !t.active() ? "skipped (needs metric)" : t.holdout() ? "holdout" : "fitted";
            o.println(t.name() + "\t" + set + "\t" + t.metric() + "\t" + t.scopeLabel() + "\t" + t.value() + "\t" + t.sd());
        }
        Calibration.Estimate e = calibration.estimate(nThreads);
        o.printf("%d particles x %d replications, up to %d generations: %d to %d runs (every candidate accepted;"
                        + " every generation at the minimum acceptance rate %s)%n", spec.particles(), spec.replications(),
                spec.generations(), e.minRuns(), e.maxRuns(), spec.minAcceptance());
        o.printf("Estimated time: %s to %s on %d threads (one run of the base scenario took %.3f s after a warm-up;"
                        + " a parallel efficiency of 0.8 assumed; the real count depends on how fast the tolerance"
                        + " shrinks)%n", SweepCommand.human(e.minTime()), SweepCommand.human(e.maxTime()), nThreads,
                e.secondsPerRun());
        o.flush();
        return ExitCodes.OK;
    }

    /** One line per generation on stderr: tolerance, acceptance rate, effective sample size. */
    static final class Progress implements AbcSmc.Listener {
        private final PrintWriter err;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void generationStarted(int generation, double tolerance, int maxCandidates) {
            err.printf("generation %d: tolerance %s, at most %d candidates%n", generation,
                    Double.isInfinite(tolerance) ? "none (prior draws)" : String.format("%.4g", tolerance), maxCandidates);
            err.flush();
        }

        @Override
        public void generationFinished(Generation g) {
            err.printf("generation %d done: %d particles from %d candidates (acceptance %.1f%%), ESS %.1f%n", g.index(),
                    g.particles().size(), g.candidates(), 100 * g.acceptanceRate(), g.ess());
            err.flush();
        }

        @Override
        public void generationAbandoned(int generation, double tolerance, int examined, int accepted) {
            err.printf("generation %d abandoned: %d of %d candidates within tolerance %.4g, below the minimum"
                    + " acceptance rate; the previous generation is the posterior%n", generation, accepted, examined, tolerance);
            err.flush();
        }
    }
}
