package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.ListSelectionEvent;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Painting;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Section;

/** The guide's table of contents: the sections in reading order with a read marker, and how many are read. */
final class GuideTocPanel extends JPanel {

    private final GuideModel model;
    private final DefaultListModel<Section> entries = new DefaultListModel<>();
    private final JList<Section> list = new JList<>(entries) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            // Long titles end in "…" instead of scrolling sideways; the full title is in the tooltip.
            return true;
        }
    };
    private final JLabel readCount = Ui.styled("", "small");
    private final JProgressBar readBar = new JProgressBar();

    private final Runnable onOpen;

    /** A table of contents bound to {@code model}; {@code onOpen} runs when a section is clicked or Enter pressed. */
    GuideTocPanel(GuideModel model, Runnable onOpen) {
        this.model = model;
        this.onOpen = onOpen;
        initComponents();
        bind();
        showReadProgress();
        showSelection();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, wrap 2, fill", // layout
                "[grow, fill][]", // columns: heading | read count
                "[]rel[]rel[grow, fill]")); // rows: heading, progress bar, list
        setOpaque(false);
        add(Ui.styled(Messages.get("GuideTocPanel.heading.text"), "h3"));
        readCount.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        add(Ui.named(readCount, "guide.readCount", ""), "aligny baseline");
        readBar.putClientProperty(FlatClientProperties.STYLE, "arc: 999; foreground: $Coach.do.background");
        readBar.setMaximum(model.sectionCount());
        add(Ui.named(readBar, "guide.readBar", Messages.get("GuideTocPanel.readBar.accessible")), "span 2");
        model.sections().forEach(entries::addElement);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Entry());
        list.putClientProperty(FlatClientProperties.STYLE, "background: $Panel.background; selectionArc: 8;"
                + "cellMargins: 5,8,5,8");
        Ui.named(list, "guide.toc", Messages.get("GuideTocPanel.list.accessible"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, "span 2, wmin 0");
    }

    private void bind() {
        list.addListSelectionListener(this::entryChosen);
        Ui.whenOpened(list, onOpen);
        model.addPropertyChangeListener("selectedSection", e -> showSelection());
        model.addPropertyChangeListener("readProgress", e -> showReadProgress());
    }

    /** Moves the keyboard focus to the list of sections. */
    boolean focusList() {
        return list.requestFocusInWindow();
    }

    private void entryChosen(ListSelectionEvent event) {
        Section chosen = list.getSelectedValue();
        Section open = model.selected();
        if (!event.getValueIsAdjusting() && chosen != null && (open == null || !chosen.id().equals(open.id()))) {
            model.select(chosen.id());
        }
    }

    private void showSelection() {
        int index = model.indexOf(model.selected());
        if (index >= 0 && list.getSelectedIndex() != index) {
            list.setSelectedIndex(index);
        }
        list.ensureIndexIsVisible(Math.max(index, 0));
    }

    private void showReadProgress() {
        String text = Messages.format("GuideTocPanel.readCount.text", model.readCount(), model.sectionCount());
        readCount.setText(text);
        readCount.getAccessibleContext().setAccessibleName(text);
        readBar.setValue(model.readCount());
        readBar.getAccessibleContext().setAccessibleDescription(text);
        list.repaint();
    }

    /**
     * One row of the contents: a read marker (tick or empty ring) and the title, and "read" in words for screen
     * readers. A plain label, so long titles end in "…" and the list measures rows exactly.
     */
    private final class Entry extends DefaultListCellRenderer {
        private final Icon readIcon = Icons.tick("Coach.do.background");
        private final Icon unreadIcon = new Ring(false);
        private final Icon unreadSelectedIcon = new Ring(true);

        Entry() {
            Ui.literal(this);
        }

        @Override
        public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected,
                                                      boolean focused) {
            Section section = (Section) value;
            super.getListCellRendererComponent(owner, section.title(), index, selected, focused);
            boolean read = model.isRead(section.id());
            boolean strong = selected && owner.isFocusOwner();
            setIcon(read ? readIcon : strong ? unreadSelectedIcon : unreadIcon);
            setIconTextGap(getFont().getSize() / 2);
            setForeground(GuideText.rowForeground(owner, selected));
            setBackground(GuideText.rowBackground(owner, selected));
            setToolTipText(GuideText.tooltip(section.summary()));
            getAccessibleContext().setAccessibleName(Messages.format(read
                    ? "GuideTocPanel.entry.read.accessible" : "GuideTocPanel.entry.unread.accessible",
                    section.title()));
            return this;
        }
    }

    /** An empty circle the size of the tick icon for "not read yet": quiet grey, or the text colour on a selection. */
    private record Ring(boolean textColour) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = Painting.smooth(g);
            try {
                float s = getIconWidth();
                float stroke = Math.max(1f, s / 12f);
                g2.setColor(textColour ? c.getForeground() : UIManager.getColor("Coach.muted"));
                g2.setStroke(new BasicStroke(stroke));
                g2.draw(new Ellipse2D.Float(x + stroke / 2, y + stroke / 2, s - stroke, s - stroke));
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return Icons.tick("Coach.do.background").getIconWidth();
        }

        @Override
        public int getIconHeight() {
            return getIconWidth();
        }
    }
}
