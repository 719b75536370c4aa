package cogov.gui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "What binds" panel: one row per community with the day's binding constraint
 * ({@link BindingConstraint}) and the measures it is read from. Updated from the model thread, at most
 * once per Swing event cycle.
 */
final class BindingPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("community", "type", "what binds", "staff utilisation",
            "department utilisation", "activities oversubscribed", "willing but unable, of the willing");

    private final Rows rows = new Rows();
    private final JLabel header = new JLabel(" ");
    private transient volatile Diagnostics.Day pending;

    BindingPanel() {
        super(new BorderLayout());
        JTable table = new JTable(rows);
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(2).setCellRenderer(new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                    int row, int column) {
                Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                BindingConstraint b = value instanceof BindingConstraint bc ? bc : BindingConstraint.NONE;
                c.setBackground(selected ? t.getSelectionBackground() : b.colour());
                c.setForeground(b == BindingConstraint.DEPARTMENT_HOURS || b == BindingConstraint.STAFF_HOURS
                        ? Color.WHITE : Color.BLACK);
                setText(b.label());
                return c;
            }
        });
        header.setText(legend());
        add(header, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    private static String legend() {
        StringBuilder sb = new StringBuilder("<html>A constraint binds when its measure reaches its threshold; the day's"
                + " binding constraint is the one furthest past it:");
        for (BindingConstraint c : BindingConstraint.values()) {
            if (c != BindingConstraint.NONE) {
                sb.append(" ").append(GuiSettings.html(c.label())).append(" (").append(GuiSettings.html(c.metric()))
                        .append(" &ge; ").append(c.threshold()).append(");");
            }
        }
        return sb.append(" otherwise nothing binds.</html>").toString();
    }

    /** Shows a day's diagnostics (callable from any thread). */
    void show(Diagnostics.Day day, List<String> communities, List<String> types) {
        boolean scheduled = pending != null;
        pending = day;
        if (!scheduled) {
            SwingUtilities.invokeLater(() -> {
                Diagnostics.Day d = pending;
                pending = null;
                rows.update(d, communities, types);
            });
        }
    }

    /** The table's rows (for tests). */
    List<Object[]> rows() {
        return rows.data;
    }

    /** The table model. */
    private static final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<Object[]> data = List.of();

        void update(Diagnostics.Day day, List<String> communities, List<String> types) {
            List<Object[]> next = new ArrayList<>();
            for (int i = 0; i < communities.size(); i++) {
                String c = communities.get(i);
                double willing = day.value(c, "willing_share");
                double unable = day.value(c, "willing_unable_share");
                next.add(new Object[] {c, types.get(i), day.binding(c), share(day.value(c, "staff_utilisation")),
                    share(day.value(c, "department_utilisation")), share(day.value(c, "oversubscribed_share")),
                    share(willing > 0 ? unable / willing : Double.NaN)});
            }
            data = next;
            fireTableDataChanged();
        }

        private static String share(double v) {
            return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
        }

        @Override
        public int getRowCount() {
            return data.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.size();
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS.get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return data.get(row)[column];
        }
    }
}
