package cogov.gui;

import cogov.config.CommunityType;
import cogov.config.ConfigException;
import cogov.config.Scenario;
import cogov.config.ScenarioLoader;
import cogov.mechanism.CountyModels;
import cogov.mechanism.MechanismType;
import cogov.metrics.MetricsCollector;
import cogov.metrics.MetricsRow;
import cogov.metrics.MetricsSink;
import cogov.model.Community;
import cogov.model.CountyModel;
import cogov.output.AtomicFiles;
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
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<String, Object> fixedOverrides;
    private final Scenario base;
    private final GuiSettings settings;
    private final List<MetricsSink> extraSinks = new CopyOnWriteArrayList<>();
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
    private volatile String lastProblem;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private LiveCharts charts;

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
        regionsPortrayal.setPortrayalForAll(new RegionPortrayal());
        householdsPortrayal.setPortrayalForAll(new HouseholdPortrayal(settings));
        int n = base.communities().size();
        double width = CountyLayout.width(n);
        double height = CountyLayout.height(n);
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

    /** The live charts; null until the GUI is shown. */
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
        CountyModel model = CountyModels.newModel(scenario);
        state = model;
        super.start();
        MetricsCollector.attach(model, this::deliver);
        int days = scenario.days();
        scheduleRepeatingImmediatelyAfter(s -> {
            if (((CountyModel) s).day() >= days) {
                s.kill();
            }
        });
        setUpPortrayals(model, true);
    }

    /** Steps the run one day, first switching on the mechanisms switched on in the Model tab since the last step. */
    @Override
    public boolean step() {
        if (!pendingSwitches.isEmpty()) {
            switchOnPending();
        }
        return super.step();
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
        if (charts != null) {
            charts.accept(rows);
        }
        for (MetricsSink sink : extraSinks) {
            sink.accept(rows);
        }
    }

    private void setUpPortrayals(CountyModel model, boolean newRun) {
        CountyLayout layout = CountyLayout.of(model);
        Continuous2D space = layout.space();
        Continuous2D regions = new Continuous2D(CountyLayout.REGION + CountyLayout.GAP, space.width, space.height);
        EnumSet<CommunityType> types = EnumSet.noneOf(CommunityType.class);
        for (Community c : model.communities()) {
            types.add(c.type());
            Double2D origin = layout.regionOrigin(c);
            regions.setObjectLocation(new CommunityView(model, c), origin);
            for (int k = 0; k < c.units(); k++) {
                double x = origin.x + CountyLayout.REGION - (k % 8 + 1) * RegionPortrayal.UNIT_PITCH;
                double y = origin.y + 1 + (k / 8) * RegionPortrayal.UNIT_PITCH;
                regions.setObjectLocation(new UnitView(c, k + 1), new Double2D(x, y));
            }
        }
        regionsPortrayal.setField(regions);
        householdsPortrayal.setField(space);
        tiesPortrayal.setLayout(layout);
        if (charts != null && newRun) {
            charts.reset(new ArrayList<>(types));
        }
        if (display != null) {
            display.reset();
            display.repaint();
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

        charts = new LiveCharts();
        chartFrame = new JFrame("Live charts");
        chartFrame.getContentPane().add(charts.panel(), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JButton save = new JButton("Save as variant...");
        save.setToolTipText("Writes a scenario that extends the opened one and states only what differs"
                + " (the run in progress, or the Model tab's settings between runs).");
        save.addActionListener(e -> saveWithDialog());
        buttons.add(save);
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
        String extendsPath = target.getParent().relativize(opened).toString().replace('\\', '/');
        Scenario asOpened = ScenarioLoader.load(scenarioFile);
        AtomicFiles.writeString(target, ScenarioLoader.toVariantYaml(scenarioToSave(), asOpened,
                variantName(target), extendsPath));
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
        int width = fieldWidthPx + LegendPortrayal.WIDTH;
        BufferedImage image = new BufferedImage(width, fieldHeightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
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
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paint(Graphics2D g, FieldPortrayal2D portrayal, Rectangle2D.Double bounds, Rectangle2D.Double clip) {
        portrayal.draw(portrayal.getField(), g, new DrawInfo2D(this, portrayal, bounds, clip));
    }

    /** Writes {@link #renderImage()} as a PNG file. */
    public void writeSnapshot(Path file) throws IOException {
        BufferedImage image = renderImage();
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (!ImageIO.write(image, "png", absolute.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
