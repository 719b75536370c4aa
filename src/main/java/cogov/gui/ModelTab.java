package cogov.gui;

import cogov.config.ScenarioKeys.KeyKind;
import cogov.gui.GuiSettings.Setting;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.Interval;
import sim.util.Properties;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The Console's Model tab: one page per group of scenario keys (as in docs/scenarios.md), each a MASON
 * inspector over {@link GroupProperties}, so every key of the schema can be read and changed with its
 * label, unit, range and source in the tooltip; then a page for the display and the twin run.
 */
final class ModelTab extends Inspector {
    private static final long serialVersionUID = 1L;

    /** What the header says about when changes apply. */
    static final String NOTE = "<html><body style='width:330px'>Every scenario key, grouped as in docs/scenarios.md; hover a name for its"
            + " unit, range and source.<br><b>Mechanism switches act mid-run</b> (switched on, a mechanism starts the"
            + " next day); <b>every other change applies at the next run</b> (press Stop, then Play).</body></html>";

    /** The last page: display settings and the twin run. */
    static final String DISPLAY_PAGE = "Twin run & display";

    private final transient List<GroupProperties> pages = new ArrayList<>();
    private final List<Inspector> inspectors = new ArrayList<>();

    ModelTab(GuiSettings settings, GUIState gui) {
        setLayout(new BorderLayout());
        JLabel note = new JLabel(NOTE);
        note.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(note, BorderLayout.NORTH);
        JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
        for (String group : settings.groups()) {
            GroupProperties page = new GroupProperties(settings, group);
            pages.add(page);
            Inspector inspector = new SimpleInspector(page, gui, null, Integer.MAX_VALUE);
            inspectors.add(inspector);
            tabs.addTab(group, inspector);
        }
        Inspector display = new SimpleInspector(Properties.getProperties(settings), gui, null);
        inspectors.add(display);
        tabs.addTab(DISPLAY_PAGE, display);
        add(tabs, BorderLayout.CENTER);
    }

    /** The pages of scenario keys, in tab order. */
    List<GroupProperties> pages() {
        return pages;
    }

    @Override
    public void updateInspector() {
        for (Inspector i : inspectors) {
            i.updateInspector();
        }
    }

    /** One group's settings as MASON properties: name, tooltip, type, domain and value from the schema. */
    static final class GroupProperties extends Properties {
        private static final long serialVersionUID = 1L;

        private final transient GuiSettings settings;
        private final transient List<Setting> rows;

        GroupProperties(GuiSettings settings, String group) {
            this.settings = settings;
            this.rows = settings.inGroup(group);
            this.object = settings;
        }

        /** The setting shown in row {@code i}. */
        Setting setting(int i) {
            return rows.get(i);
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return rows.size();
        }

        @Override
        public Object getValue(int i) {
            return settings.value(rows.get(i).path());
        }

        @Override
        public boolean isReadWrite(int i) {
            return rows.get(i).editable();
        }

        @Override
        public String getName(int i) {
            return rows.get(i).label();
        }

        @Override
        public String getDescription(int i) {
            return rows.get(i).tooltip();
        }

        @Override
        public Object getDomain(int i) {
            Setting s = rows.get(i);
            if (s.key().kind() == KeyKind.CHOICE) {
                return s.key().choices().toArray(new String[0]);
            }
            boolean bounded = s.key().isNumeric() && Double.isFinite(s.key().min()) && Double.isFinite(s.key().max())
                    && s.key().max() - s.key().min() <= 100;
            if (bounded && s.key().kind() == KeyKind.NUMBER) {
                return new Interval(s.key().min(), s.key().max());
            }
            return null;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class getType(int i) {
            Setting s = rows.get(i);
            if (!s.editable()) {
                return String.class;
            }
            if (!s.path().equals(s.key().path()) && s.key().kind() == KeyKind.DISTRIBUTION) {
                return Double.TYPE;
            }
            return switch (s.key().kind()) {
                case INTEGER, CHOICE -> Integer.TYPE;
                case LONG -> Long.TYPE;
                case NUMBER -> Double.TYPE;
                case BOOLEAN -> Boolean.TYPE;
                case TEXT, DISTRIBUTION -> String.class;
            };
        }

        @Override
        protected Object _setValue(int i, Object value) {
            Setting s = rows.get(i);
            if (!s.editable()) {
                return null;
            }
            settings.set(s.path(), value);
            return settings.value(s.path());
        }
    }
}
