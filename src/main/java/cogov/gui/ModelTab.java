package cogov.gui;

import cogov.mechanism.MechanismType;
import java.util.List;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * What the Console's Model tab inspects: one on/off switch per mechanism in the registry (so a new
 * mechanism appears without GUI code), followed by the bean properties of {@link GuiSettings}.
 */
final class ModelTab implements Propertied {

    private final GuiSettings settings;

    ModelTab(GuiSettings settings) {
        this.settings = settings;
    }

    @Override
    public Properties properties() {
        return new Switches(settings);
    }

    /** Mechanism switches first, then the settings' own properties. */
    private static final class Switches extends Properties {
        private static final long serialVersionUID = 1L;
        private static final List<MechanismType> MECHANISMS = List.of(MechanismType.values());

        private final transient GuiSettings settings;
        private final Properties rest;

        Switches(GuiSettings settings) {
            this.settings = settings;
            this.rest = Properties.getProperties(settings);
            this.object = settings;
        }

        private static int n() {
            return MECHANISMS.size();
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return n() + rest.numProperties();
        }

        @Override
        public Object getValue(int i) {
            return i < n() ? settings.isEnabled(MECHANISMS.get(i)) : rest.getValue(i - n());
        }

        @Override
        public boolean isReadWrite(int i) {
            return i < n() || rest.isReadWrite(i - n());
        }

        @Override
        public boolean isHidden(int i) {
            return i >= n() && rest.isHidden(i - n());
        }

        @Override
        public String getName(int i) {
            return i < n() ? MECHANISMS.get(i).label() : rest.getName(i - n());
        }

        @Override
        public String getDescription(int i) {
            return i < n() ? MECHANISMS.get(i).label() + " (applies from the next run)." : rest.getDescription(i - n());
        }

        @Override
        public Object getDomain(int i) {
            return i < n() ? null : rest.getDomain(i - n());
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class getType(int i) {
            return i < n() ? Boolean.TYPE : rest.getType(i - n());
        }

        @Override
        protected Object _setValue(int i, Object value) {
            if (i < n()) {
                settings.setEnabled(MECHANISMS.get(i), (Boolean) value);
                return value;
            }
            return rest.setValue(i - n(), value);
        }
    }
}
