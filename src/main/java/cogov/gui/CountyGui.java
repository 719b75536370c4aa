package cogov.gui;

import cogov.config.CommunitySpec;
import cogov.config.CommunityType;
import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.mechanism.MechanismType;
import cogov.metrics.MetricRegistry;
import cogov.metrics.MetricsCollector;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.output.AtomicFiles;
import cogov.output.ChartExporter;
import cogov.output.ChartSize;
import cogov.output.Format;
import org.jfree.chart.JFreeChart;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The live GUI: MASON's Console over the same {@link CountyModel} that batch runs use, a map of the
 * county, live charts and the Model tab. Each run freezes the Model-tab settings into a validated
 * {@link Scenario} (through the scenario loader's overrides) and builds a fresh model from it, so a
 * run seen here is the run {@code cogov run} gives for the saved scenario. Nothing here draws from
 * the model's random streams.
 */
public final class CountyGui extends GUIState {
    private static final double MAX_FIELD_PX = 900;

    private final Path scenarioFile;
    private volatile boolean scenarioFileTemporary;
    private final Map<String, Object> fixedOverrides;
    private final Scenario base;
    private final GuiSettings settings;
    private final List<MetricsSink> extraSinks = new CopyOnWriteArrayList<>();
    private final List<MetricsSink> referenceSinks = new CopyOnWriteArrayList<>();
    private final CountDownLatch quitLatch = new CountDownLatch(1);

    private final ContinuousPortrayal2D regionsPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D householdsPortrayal = new ContinuousPortrayal2D();
    private final TiesPortrayal tiesPortrayal;
    private final LegendPortrayal legendPortrayal;
    private final int fieldWidthPx;
    private final int fieldHeightPx;

    private final Set<MechanismType> pendingSwitches = EnumSet.noneOf(MechanismType.class);
    private volatile Scenario current;
    private volatile Map<String, Object> currentOverrides = Map.of();
    private ModelTab modelTab;
    private volatile CountyModel reference;
    private volatile Scenario referenceScenario;
    private volatile PairedReplications paired;
    private volatile int replication;
    private volatile int replications = 1;
    private volatile long firstSeed;
    private JLabel statusLabel;
    private volatile BindingPanel bindingPanel;
    private final Diagnostics diagnostics = new Diagnostics();
    private volatile int unitsShown;
    private volatile CountyLayout shownLayout;
    private volatile Continuous2D shownRegions;
    private volatile String lastProblem;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private final LiveCharts charts = new LiveCharts();

    /**
     * A GUI for a scenario file; {@code overrides} (dotted keys, such as {@code days} or {@code seed})
     * hold for every run, under the Model tab's settings.
     */
    public CountyGui(Path scenarioFile, Map<String, Object> overrides) throws ConfigException {
        this(scenarioFile, overrides, ScenarioLoader.load(scenarioFile, overrides));
    }

    private CountyGui(Path scenarioFile, Map<String, Object> overrides, Scenario base) {
        super(CountyModels.newModel(base));
        this.scenarioFile = scenarioFile;
        this.fixedOverrides = Map.copyOf(overrides);
        this.base = base;
        this.settings = new GuiSettings(base);
        settings.addListener(this::onSettingChanged);
        this.tiesPortrayal = new TiesPortrayal(settings);
        this.legendPortrayal = new LegendPortrayal(settings);
        regionsPortrayal.setPortrayalForAll(new RegionPortrayal(settings));
        householdsPortrayal.setPortrayalForAll(new HouseholdPortrayal(settings, diagnostics));
        CountyLayout plan = CountyLayout.plan(base);
        double width = plan.width();
        double height = plan.height();
        double scale = Math.min(3.0, MAX_FIELD_PX / Math.max(width, height));
        fieldWidthPx = (int) Math.round(width * scale);
        fieldHeightPx = (int) Math.round(height * scale);
    }

    public static String getName() {
        return "cogov: community co-governance";
    }

    /** The Console's About tab: what the model is, and where its full description lives. */
    public static Object getInfo() {
        Path odd = Path.of("docs", "ODD.md").toAbsolutePath();
        String link = Files.isRegularFile(odd)
                ? "<a href=\"" + odd.toUri() + "\">docs/ODD.md</a>" : "docs/ODD.md in the cogov repository";
        return "<html><body style='font-family:sans-serif; margin:8px'>"
                + "<h2>cogov: Party-building-led community co-governance</h2>"
                + "<p>An agent-based model of a county's communities. Households have needs, awareness, trust,"
                + " satisfaction and a willingness to take part; community committees, grid workers, Party members,"
                + " joint-building units and county departments answer (or fail to answer) their requests. Five"
                + " governance mechanisms from a study of Lijin County (joint building and co-management, regional"
                + " integration, Party-building-led governance, full-time staff, input guarantee) can be switched on"
                + " and compared across old-urban, commodity-housing and relocated communities.</p>"
                + "<p>One step is one day. The run shown here is the run <code>cogov run</code> gives for the same"
                + " scenario and seed; <b>Save as variant</b> writes it as a scenario file.</p>"
                + "<p>The full model description (ODD protocol: purpose, entities, scheduling, design concepts,"
                + " initialisation, input data, submodels, limitations) is " + link + "; every scenario key is in"
                + " docs/scenarios.md and every metric in docs/metrics.md.</p></body></html>";
    }

    /** The Model tab: every scenario key by group, from the schema (see {@link ModelTab}). */
    @Override
    public Inspector getInspector() {
        ModelTab tab = new ModelTab(settings, this);
        modelTab = tab;
        return tab;
    }

    public GuiSettings settings() {
        return settings;
    }

    public CountyModel model() {
        return (CountyModel) state;
    }

    /** The scenario of the run in progress or last run; null before the first run. */
    public Scenario currentScenario() {
        return current;
    }

    /** Why the Model-tab settings were rejected at the last start, or null. */
    public String lastProblem() {
        return lastProblem;
    }

    /** Another receiver of each day's metric rows (for tests and recorders). */
    public void addSink(MetricsSink sink) {
        extraSinks.add(sink);
    }

    /** The live charts (shown in the charts window once the GUI is up; fed in every run). */
    public LiveCharts charts() {
        return charts;
    }

    /** The opened scenario file. */
    public Path scenarioFile() {
        return scenarioFile;
    }

    /** The opened scenario as loaded (with the command line's overrides). */
    public Scenario baseScenario() {
        return base;
    }

    /** The Model-tab settings as a validated scenario, exactly as a run started now would use it. */
    public Scenario freeze() throws ConfigException {
        return ScenarioLoader.load(scenarioFile, runOverrides());
    }

    private Map<String, Object> runOverrides() {
        Map<String, Object> overrides = new LinkedHashMap<>(fixedOverrides);
        overrides.putAll(settings.overrides());
        return overrides;
    }

    /**
     * Starts a run of the Model-tab settings (their seed, not the Console's 32-bit seed field). Invalid
     * settings are reported and the scenario as loaded runs instead.
     */
    @Override
    public void start() {
        Scenario scenario;
        Map<String, Object> overrides = runOverrides();
        try {
            scenario = ScenarioLoader.load(scenarioFile, overrides);
            lastProblem = null;
        } catch (ConfigException e) {
            lastProblem = e.getMessage();
            overrides = new LinkedHashMap<>(fixedOverrides);
            scenario = base;
            warn("The Model tab's settings are invalid; running the scenario as loaded.\n" + e.getMessage());
        }
        pendingSwitches.clear();
        current = scenario;
        currentOverrides = overrides;
        firstSeed = scenario.seed();
        replication = 0;
        replications = settings.getTwinRun() ? settings.getReplications() : 1;
        CountyModel model = CountyModels.newModel(scenario);
        state = model;
        super.start();
        MetricsCollector.attach(model, this::deliver);
        startReference(settings.getTwinRun() ? scenario : null);
        setUpPortrayals(model, true);
    }

    /**
     * The twin run's reference: the opened scenario as loaded (with the command line's overrides), with
     * the configuration's seed and days; null {@code configuration} means no twin.
     */
    private void startReference(Scenario configuration) {
        if (configuration == null) {
            reference = null;
            referenceScenario = null;
            paired = null;
            return;
        }
        Map<String, Object> o = new LinkedHashMap<>(fixedOverrides);
        o.put("seed", configuration.seed());
        o.put("days", configuration.days());
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile, o);
        } catch (ConfigException e) {
            warn("The reference cannot run with these days and seed:\n" + e.getMessage());
            reference = null;
            return;
        }
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        MetricsCollector.attach(model, this::deliverReference);
        if (replication == 0) {
            paired = new PairedReplications(LiveCharts.METRICS, configuration.days());
        }
        referenceScenario = scenario;
        reference = model;
    }

    private void deliverReference(List<MetricsRow> rows) {
        PairedReplications p = paired;
        if (p != null) {
            p.reference(rows);
        }
        for (MetricsSink sink : referenceSinks) {
            sink.accept(rows);
        }
    }

    /** Another receiver of each day's metric rows of the twin run's reference side. */
    public void addReferenceSink(MetricsSink sink) {
        referenceSinks.add(sink);
    }

    /** The twin run's reference scenario of the replication in progress or last run; null without a twin. */
    public Scenario referenceScenario() {
        return referenceScenario;
    }

    /** The map's layers, bottom to top (for tests and exports). */
    List<FieldPortrayal2D> mapLayers() {
        return List.of(regionsPortrayal, tiesPortrayal, householdsPortrayal);
    }

    /** The last day's community diagnostics (colour modes and the binding panel). */
    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The twin run's paired comparison so far; null without a twin. */
    PairedReplications paired() {
        return paired;
    }

    /** The replication in progress (0-based). */
    public int replication() {
        return replication;
    }

    /**
     * Steps the run one day: first switches on the mechanisms switched on in the Model tab since the last
     * step, then steps the configuration and (in a twin run) the reference. On the last day a twin run
     * records the replication's paired differences and, until its replications are done, goes on with the
     * next seed; otherwise the run ends.
     */
    @Override
    public boolean step() {
        if (!pendingSwitches.isEmpty()) {
            switchOnPending();
        }
        boolean stepped = super.step();
        refreshUnits(model());
        if (model().day() % 10 == 0) {
            status();
        }
        CountyModel ref = reference;
        if (ref != null) {
            ref.schedule.step(ref);
            publishTwinDay(model().day());
        }
        if (current != null && model().day() >= current.days()) {
            if (paired != null) {
                paired.end();
                charts.twinBands(paired, current.days());
            }
            if (reference != null && replication + 1 < replications) {
                startReplication(replication + 1);
                return true;
            }
            state.kill();
            status();
            return false;
        }
        return stepped;
    }

    private void publishTwinDay(int day) {
        if (paired == null) {
            return;
        }
        int n = LiveCharts.METRICS.size();
        double[] c = new double[n];
        double[] r = new double[n];
        for (int m = 0; m < n; m++) {
            double d = paired.difference(m, day);
            r[m] = paired.referenceValue(m, day);
            c[m] = r[m] + d;
        }
        charts.twinDay(day, c, r);
    }

    /** The next replication of a twin run: both sides rebuilt with the seed {@code first seed + r}. */
    private void startReplication(int r) {
        Map<String, Object> overrides = new LinkedHashMap<>(currentOverrides);
        overrides.put("seed", firstSeed + r);
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile, overrides);
        } catch (ConfigException e) {
            warn("Could not start replication " + (r + 1) + ":\n" + e.getMessage());
            state.kill();
            return;
        }
        CountyModel old = model();
        CountyModel model = CountyModels.newModel(scenario);
        model.start();
        MetricsCollector.attach(model, this::deliver);
        synchronized (old.schedule) {
            replication = r;
            current = scenario;
            currentOverrides = overrides;
            startReference(scenario);
            state = model;
            setUpPortrayals(model, false);
        }
        charts.resetTwin(false);
        status();
    }

    /** What the charts window's status line says: the replication and the paired intervals so far. */
    String statusText() {
        Scenario s = current;
        if (s == null) {
            return "Press Play to start a run.";
        }
        if (paired == null) {
            return "Single run, seed " + s.seed() + ", day " + model().day() + " of " + s.days() + ".";
        }
        StringBuilder sb = new StringBuilder("<html>Twin run: replication ").append(replication + 1).append(" of ")
                .append(replications).append(" (seed ").append(s.seed()).append("), day ").append(model().day())
                .append(" of ").append(s.days()).append(".");
        int done = paired.completed();
        if (done > 0) {
            int metric = 0;
            PairedReplications.Interval i = paired.at(metric, s.days());
            sb.append(" ").append(GuiSettings.html(MetricRegistry.find(LiveCharts.METRICS.get(metric)).label()))
                    .append(" on day ").append(s.days()).append(", configuration minus reference over ").append(i.n())
                    .append(i.n() == 1 ? " replication: " : " replications: ").append(format(i.mean()));
            if (Double.isFinite(i.lo())) {
                sb.append(" (95% CI ").append(format(i.lo())).append(" to ").append(format(i.hi())).append(")");
            }
        }
        return sb.append("</html>").toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%+.4f", v);
    }

    private void status() {
        JLabel label = statusLabel;
        if (label != null) {
            String text = statusText();
            SwingUtilities.invokeLater(() -> label.setText(text));
        }
    }

    /** Whether a run has started and not yet ended. */
    private boolean running() {
        double time = state.schedule.getTime();
        return current != null && time != Schedule.AFTER_SIMULATION && time != Schedule.BEFORE_SIMULATION
                && model().day() < current.days();
    }

    private void onSettingChanged(GuiSettings.Setting setting, Object value) {
        MechanismType mechanism = setting.mechanism();
        if (mechanism == null || current == null || !running()) {
            return;
        }
        boolean on = Boolean.TRUE.equals(value);
        if (on && !mechanism.isEnabledIn(current)) {
            pendingSwitches.add(mechanism);
        } else if (!on) {
            pendingSwitches.remove(mechanism);
            if (mechanism.isEnabledIn(current)) {
                warn(mechanism.label() + " stays on until this run ends (a mechanism cannot be switched off mid-run);"
                        + " the next run starts without it.");
            }
        }
    }

    /**
     * Switches the pending mechanisms on from tomorrow: the run becomes the scenario with each of them
     * enabled and its {@code start_day} set to tomorrow, rebuilt from the same seed and replayed up to
     * today without delivering rows (the phased-mechanism rule makes that prefix identical to the days
     * already run). The Model tab's {@code start_day} follows, so a saved variant repeats the run.
     */
    private void switchOnPending() {
        CountyModel old = model();
        int today = old.day();
        Map<String, Object> overrides = new LinkedHashMap<>(currentOverrides);
        List<MechanismType> switched = new ArrayList<>(pendingSwitches);
        pendingSwitches.clear();
        for (MechanismType t : switched) {
            overrides.put(t.enabledKey(), true);
            overrides.put(startDayKey(t), today + 1);
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile, overrides);
        } catch (ConfigException e) {
            warn("Could not switch on " + switched + ":\n" + e.getMessage());
            return;
        }
        CountyModel replay = CountyModels.newModel(scenario);
        replay.start();
        MetricsCollector.attach(replay, rows -> {
            if (!rows.isEmpty() && rows.get(0).day() > today) {
                deliver(rows);
            }
        });
        while (replay.day() < today && replay.schedule.step(replay)) {
            // replaying the days already shown
        }
        synchronized (old.schedule) {
            current = scenario;
            currentOverrides = overrides;
            state = replay;
            setUpPortrayals(replay, false);
        }
        for (MechanismType t : switched) {
            settings.set(startDayKey(t), today + 1);
        }
        if (modelTab != null) {
            SwingUtilities.invokeLater(modelTab::updateInspector);
        }
    }

    private static String startDayKey(MechanismType t) {
        return "mechanisms." + t.key() + ".start_day";
    }

    private void deliver(List<MetricsRow> rows) {
        PairedReplications p = paired;
        if (p != null) {
            p.configuration(rows);
        }
        diagnostics.accept(rows);
        BindingPanel binding = bindingPanel;
        if (binding != null && current != null) {
            binding.show(diagnostics.last(), current.communities().stream().map(CommunitySpec::name).toList(),
                    current.communities().stream().map(c -> c.type().key()).toList());
        }
        charts.accept(rows);
        for (MetricsSink sink : extraSinks) {
            sink.accept(rows);
        }
    }

    private void setUpPortrayals(CountyModel model, boolean newRun) {
        CountyLayout layout = CountyLayout.of(model);
        Continuous2D space = layout.space();
        Continuous2D regions = new Continuous2D(CountyLayout.PITCH * 10, space.width, space.height);
        EnumSet<CommunityType> types = EnumSet.noneOf(CommunityType.class);
        for (Community c : model.communities()) {
            types.add(c.type());
            regions.setObjectLocation(new CommunityView(model, c, layout.region(c.index())), layout.regionOrigin(c));
        }
        for (CountyLayout.TypeBand band : layout.bands()) {
            regions.setObjectLocation(new RegionPortrayal.MapLabel(band.type().key() + " (" + band.communities()
                    + (band.communities() == 1 ? " community)" : " communities)")), new Double2D(band.x(), band.y()));
        }
        regions.setObjectLocation(new RegionPortrayal.MapLabel("county departments (one per need category)"),
                layout.departmentsLabel());
        for (int k = 0; k < model.departmentCount(); k++) {
            regions.setObjectLocation(new DepartmentView(model, k), layout.departmentSpot(k));
        }
        unitsShown = placeUnits(model, layout, regions);
        shownLayout = layout;
        shownRegions = regions;
        regionsPortrayal.setField(regions);
        householdsPortrayal.setField(space);
        tiesPortrayal.setLayout(layout);
        if (newRun) {
            diagnostics.clear();
        }
        if (newRun) {
            if (reference != null) {
                charts.resetTwin(true);
            } else {
                charts.reset(new ArrayList<>(types));
            }
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Puts each community's joint-building units in its region's unit band; returns how many units there are. */
    private static int placeUnits(CountyModel model, CountyLayout layout, Continuous2D regions) {
        int total = 0;
        for (Community c : model.communities()) {
            for (int k = 0; k < c.units(); k++) {
                Double2D at = CountyLayout.unitSpot(layout.region(c.index()), k);
                if (at != null) {
                    regions.setObjectLocation(new UnitView(c, k + 1), at);
                }
            }
            total += c.units();
        }
        return total;
    }

    /** Units sign up when joint building starts, possibly mid-run: the map follows. */
    private void refreshUnits(CountyModel model) {
        int units = 0;
        for (Community c : model.communities()) {
            units += c.units();
        }
        if (units != unitsShown && shownLayout != null) {
            unitsShown = placeUnits(model, shownLayout, shownRegions);
        }
    }

    /** Steps until {@code day} is complete (or the run ends); starts a run first if none is going. */
    public void stepToDay(int day) {
        if (current == null || state.schedule.getTime() == Schedule.AFTER_SIMULATION) {
            start();
        }
        while (model().day() < day && step()) {
            // step() returns false once the run has ended
        }
    }

    // ----- the windows ---------------------------------------------------------------------------

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(fieldWidthPx + LegendPortrayal.WIDTH, fieldHeightPx, this);
        display.setBackdrop(Palette.BACKDROP);
        Rectangle2D.Double field = new Rectangle2D.Double(0, 0, fieldWidthPx, fieldHeightPx);
        display.attach(regionsPortrayal, "Communities", field, true);
        display.attach(tiesPortrayal, "Social ties", field, true);
        display.attach(householdsPortrayal, "Households", field, true);
        display.attach(legendPortrayal, "Legend", legendBounds(), true);
        displayFrame = display.createFrame();
        displayFrame.setTitle("County");
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chartFrame = new JFrame("Live charts");
        bindingPanel = new BindingPanel();
        JTabbedPane views = new JTabbedPane();
        views.addTab("Charts", charts.panel());
        views.addTab("What binds", bindingPanel);
        chartFrame.getContentPane().add(views, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new BorderLayout(8, 0));
        buttons.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JButton save = new JButton("Save as variant...");
        save.setToolTipText("Writes a scenario that extends the opened one and states only what differs"
                + " (the run in progress, or the Model tab's settings between runs).");
        save.addActionListener(e -> saveWithDialog());
        buttons.add(save, BorderLayout.WEST);
        statusLabel = new JLabel(statusText());
        buttons.add(statusLabel, BorderLayout.CENTER);
        chartFrame.getContentPane().add(buttons, BorderLayout.SOUTH);
        chartFrame.pack();
        controller.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        if (controller instanceof JFrame console) {
            SwingUtilities.invokeLater(() -> tile(console,
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds()));
        }
    }

    /** Console width when the windows are tiled. */
    static final int CONSOLE_WIDTH = 470;

    /**
     * Places the windows side by side on {@code screen}: the Console at the right edge, full height; the
     * map at the top left; the charts to the right of the map if they fit there, below it otherwise, so
     * that no window covers another.
     */
    void tile(JFrame console, Rectangle screen) {
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width / 3);
        console.setBounds(screen.x + screen.width - consoleWidth, screen.y, consoleWidth, screen.height);
        int free = screen.width - consoleWidth;
        Dimension map = displayFrame.getPreferredSize();
        Dimension chartsWanted = chartFrame.getPreferredSize();
        boolean beside = map.width + Math.min(chartsWanted.width, 520) <= free;
        if (beside) {
            int mapWidth = Math.min(map.width, free);
            displayFrame.setBounds(screen.x, screen.y, mapWidth, Math.min(map.height, screen.height));
            chartFrame.setBounds(screen.x + mapWidth, screen.y, free - mapWidth, screen.height);
        } else {
            int mapHeight = Math.min(map.height, screen.height * 3 / 5);
            displayFrame.setBounds(screen.x, screen.y, Math.min(map.width, free), mapHeight);
            chartFrame.setBounds(screen.x, screen.y + mapHeight, free, screen.height - mapHeight);
        }
    }

    /** The map's window, or null before the GUI is shown. */
    JFrame displayFrame() {
        return displayFrame;
    }

    /** The charts' window, or null before the GUI is shown. */
    JFrame chartFrame() {
        return chartFrame;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        if (display != null) {
            display.quit();
        }
        displayFrame = null;
        chartFrame = null;
        display = null;
        quitLatch.countDown();
    }

    /** Blocks until the GUI has been quit (the Console closed). */
    public void awaitQuit() throws InterruptedException {
        quitLatch.await();
    }

    /**
     * Closes a Console showing this GUI without MASON's {@code System.exit} on the last Console: stops
     * the run, quits, disposes the windows and forgets the Console.
     */
    public static void closeWithoutExit(Console console) {
        console.pressStop();
        console.getSimulation().quit();
        console.dispose();
        Console.allControllers.remove(console);
    }

    private void warn(String message) {
        if (controller != null) {
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(null, message, "cogov",
                    JOptionPane.WARNING_MESSAGE));
        }
    }

    // ----- saving and snapshots ------------------------------------------------------------------

    /**
     * The scenario that "Save as variant..." writes: the run in progress, or, between runs, the
     * current settings with the last seed.
     */
    public Scenario scenarioToSave() throws ConfigException {
        synchronized (state.schedule) {
            return running() ? current : freeze();
        }
    }

    /**
     * Writes {@link #scenarioToSave()} as a variant of the opened scenario file: {@code extends:} that
     * file (relative to the variant's folder) and only the keys that differ, named after the file.
     */
    public void saveVariant(Path file) throws ConfigException, IOException {
        Path target = file.toAbsolutePath().normalize();
        Path opened = scenarioFile.toAbsolutePath().normalize();
        if (scenarioFileTemporary) {
            opened = target.resolveSibling(variantName(target) + ".base.yaml");
            AtomicFiles.writeString(opened, Files.readString(scenarioFile));
        }
        String extendsPath = target.getParent().relativize(opened).toString().replace('\\', '/');
        Scenario asOpened = ScenarioLoader.load(scenarioFile);
        AtomicFiles.writeString(target, ScenarioLoader.toVariantYaml(scenarioToSave(), asOpened,
                variantName(target), extendsPath));
    }

    /**
     * Says that the opened scenario file is temporary (the resolved scenario of a sweep run, removed when
     * the JVM exits): a saved variant then gets a copy of it beside it, {@code NAME.base.yaml}, and
     * extends that copy, so the variant still loads after the GUI has closed.
     */
    public void scenarioFileIsTemporary() {
        scenarioFileTemporary = true;
    }

    /** The file's stem as a scenario name (letters, digits, '.', '_' and '-'). */
    static String variantName(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
        String name = stem.replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() ? "variant" : name;
    }

    private void saveWithDialog() {
        Path folder = scenarioFile.toAbsolutePath().getParent();
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setSelectedFile(folder.resolve(base.name() + "-variant.yaml").toFile());
        if (chooser.showSaveDialog(chartFrame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            saveVariant(chooser.getSelectedFile().toPath());
        } catch (ConfigException | IOException e) {
            JOptionPane.showMessageDialog(chartFrame, "Could not save the variant:\n" + e.getMessage(), "cogov",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Width of the county part of the map in pixels (the legend is to its right). */
    public int fieldWidthPx() {
        return fieldWidthPx;
    }

    public int fieldHeightPx() {
        return fieldHeightPx;
    }

    private Rectangle2D.Double legendBounds() {
        return new Rectangle2D.Double(fieldWidthPx, 0, LegendPortrayal.WIDTH, fieldHeightPx);
    }

    /**
     * Paints the display's layers (regions, ties if shown, households, legend) into an image at the
     * display's own scale; needs no window, so it works from a command line too.
     */
    public BufferedImage renderImage() {
        BufferedImage image = new BufferedImage(snapshotWidth(), fieldHeightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paintMap(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private int snapshotWidth() {
        return fieldWidthPx + LegendPortrayal.WIDTH;
    }

    /** Paints the map's layers and its legend at the display's own scale, from the top-left corner. */
    private void paintMap(Graphics2D g) {
        int width = snapshotWidth();
        g.setColor(Palette.BACKDROP);
        g.fillRect(0, 0, width, fieldHeightPx);
        Rectangle2D.Double clip = new Rectangle2D.Double(0, 0, width, fieldHeightPx);
        Rectangle2D.Double field = new Rectangle2D.Double(0, 0, fieldWidthPx, fieldHeightPx);
        synchronized (state.schedule) {
            paint(g, regionsPortrayal, field, clip);
            paint(g, tiesPortrayal, field, clip);
            paint(g, householdsPortrayal, field, clip);
            paint(g, legendPortrayal, legendBounds(), clip);
        }
    }

    private void paint(Graphics2D g, FieldPortrayal2D portrayal, Rectangle2D.Double bounds, Rectangle2D.Double clip) {
        portrayal.draw(portrayal.getField(), g, new DrawInfo2D(this, portrayal, bounds, clip));
    }

    /**
     * Writes the map as a PNG (the display's pixels) or, for a {@code .svg} file, as SVG through the
     * report's SVG path (vector shapes, one point per pixel).
     */
    public void writeSnapshot(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            ChartExporter.writeSvg((g, area) -> paintMap(g), snapshotWidth(), fieldHeightPx, absolute);
            return;
        }
        BufferedImage image = renderImage();
        Files.createDirectories(absolute.getParent());
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes each live chart now shown (one per metric in a single run; both sides and the difference of
     * each metric in a twin run) as {@code NAME.png} (300 dpi) and {@code NAME.svg} into {@code folder},
     * at the report's standard size; returns the files written.
     */
    public List<Path> writeChartSnapshots(Path folder) throws IOException {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the charts caught up", e);
        } catch (InvocationTargetException e) {
            throw new IOException(e.getCause());
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts.charts().entrySet()) {
            boolean twinChart = e.getKey().contains(".");
            if (twinChart != charts.twin()) {
                continue;
            }
            for (Format format : List.of(Format.PNG, Format.SVG)) {
                Path file = folder.resolve(e.getKey().replace('.', '-') + "." + format.name().toLowerCase(Locale.ROOT));
                ChartExporter.write(e.getValue(), ChartSize.STANDARD, format, file);
                written.add(file);
            }
        }
        return written;
    }
}
