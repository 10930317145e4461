package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.Interview;

/** The interviews column: every interview with where it stands, an add button and the archived toggle. */
final class InterviewListPanel extends JPanel {

    /** One line of the list; {@code toString} is what tests and screen readers read. */
    record Row(String id, String company, String role, String status, String statusColor) {
        @Override
        public String toString() {
            return Messages.format("InterviewListPanel.row", company, role, status);
        }
    }

    private final InterviewsModel model;
    private final Runnable onAdd;
    private final DefaultListModel<Row> rows = new DefaultListModel<>();
    private final JList<Row> list = new JList<>(rows) {
        /** Rows take the list's width, so long names end in "…" instead of scrolling sideways. */
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JButton addButton = Ui.texts(new JButton(), "InterviewListPanel.add");
    private final JCheckBox archivedBox = Ui.texts(new JCheckBox(), "InterviewListPanel.showArchived");
    private final JLabel emptyLabel = Ui.label(Messages.get("InterviewListPanel.empty"));
    private boolean updating;

    private final Runnable onOpen;

    /**
     * A list bound to {@code model}; {@code onAdd} opens the form for a new interview, {@code onOpen} runs when an
     * interview is clicked or Enter pressed on it.
     */
    InterviewListPanel(InterviewsModel model, Runnable onAdd, Runnable onOpen) {
        this.model = model;
        this.onAdd = onAdd;
        this.onOpen = onOpen;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets dialog, wrap 1, fill", // layout
                "[grow, fill]", // columns
                "[]unrel[]para[]rel[grow, fill]unrel[]")); // rows: title, add, empty note, list, archived
        add(Ui.styled(Messages.get("InterviewListPanel.title"), "h2"));
        Ui.named(addButton, "interviews.add", addButton.getText());
        Ui.primary(addButton);
        add(addButton, "growx 0");
        emptyLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        // Hidden, it keeps its row so the list stays in the row that grows.
        add(emptyLabel, "wmin 0, hidemode 2");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new RowRenderer());
        Ui.named(list, "interviews.list", Messages.get("InterviewListPanel.title"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll);
        Ui.named(archivedBox, "interviews.showArchived", archivedBox.getText());
        add(archivedBox);
    }

    private void bind() {
        addButton.addActionListener(e -> onAdd.run());
        archivedBox.addActionListener(e -> model.setShowArchived(archivedBox.isSelected()));
        list.addListSelectionListener(e -> selectionChanged(e.getValueIsAdjusting()));
        Ui.whenOpened(list, onOpen);
        model.addPropertyChangeListener("interviews", e -> refresh());
        model.addPropertyChangeListener("selected", e -> showSelection());
    }

    /** Puts the keyboard focus on the list, or on the add button while the list is empty. */
    boolean focusList() {
        return rows.isEmpty() ? addButton.requestFocusInWindow() : list.requestFocusInWindow();
    }

    private void selectionChanged(boolean adjusting) {
        Row row = list.getSelectedValue();
        if (!updating && !adjusting && row != null && !row.id().equals(selectedId())) {
            model.select(row.id());
        }
    }

    private String selectedId() {
        return model.selected().map(Interview::id).orElse(null);
    }

    /** Rebuilds the rows only when what they say changed, so the selection and scroll position stay put. */
    private void refresh() {
        updating = true;
        try {
            List<Row> next = model.interviews().stream().map(this::row).toList();
            boolean same = next.size() == rows.size();
            for (int i = 0; same && i < next.size(); i++) {
                same = next.get(i).equals(rows.get(i));
            }
            if (!same) {
                rows.clear();
                next.forEach(rows::addElement);
            }
            emptyLabel.setVisible(next.isEmpty());
            archivedBox.setSelected(model.showArchived());
        } finally {
            updating = false;
        }
        showSelection();
    }

    private Row row(Interview interview) {
        AgendaEntry plan = model.plan(interview);
        return new Row(interview.id(), interview.company(), interview.role(), InterviewTexts.status(plan),
                InterviewTexts.statusColor(plan));
    }

    private void showSelection() {
        updating = true;
        try {
            String id = selectedId();
            int index = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (Objects.equals(rows.get(i).id(), id)) {
                    index = i;
                }
            }
            if (index < 0) {
                list.clearSelection();
            } else if (list.getSelectedIndex() != index) {
                list.setSelectedIndex(index);
                list.ensureIndexIsVisible(index);
            }
        } finally {
            updating = false;
        }
    }

    /** Three lines per interview: the company, the role, and the status in words and colour. */
    private static final class RowRenderer extends JPanel implements ListCellRenderer<Row> {

        private final JLabel titleLabel = Ui.styled("", "h4");
        private final JLabel roleLabel = Ui.label("");
        private final JLabel statusLabel = Ui.styled("", "small");

        RowRenderer() {
            super(new MigLayout("insets rel unrel rel unrel, wrap 1, gap 0", // layout
                    "[grow, fill]", // columns
                    "[][][]")); // rows: company, role, status
            add(titleLabel, "wmin 0");
            add(roleLabel, "wmin 0");
            add(statusLabel, "wmin 0");
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Row> list, Row row, int index,
                                                      boolean selected, boolean focused) {
            titleLabel.setText(row.company());
            roleLabel.setText(row.role());
            statusLabel.setText(row.status());
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            titleLabel.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            roleLabel.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            statusLabel.setForeground(selected ? list.getSelectionForeground()
                    : UIManager.getColor(row.statusColor()));
            getAccessibleContext().setAccessibleName(row.toString());
            return this;
        }
    }
}
