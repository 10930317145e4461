package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.search.SearchHit;

/** The matches of the guide search as the user types, each opening the section it belongs to. */
final class GuideSearchPanel extends JPanel {

    private final GuideModel model;
    private final Consumer<SearchHit> open;
    private final Runnable cancel;
    private final DefaultListModel<SearchHit> hits = new DefaultListModel<>();
    private final JList<SearchHit> list = new JList<>(hits) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            // Rows wrap their title and snippet to the column instead of scrolling sideways.
            return true;
        }
    };
    private final JLabel status = Ui.styled("", "h4");
    private final JTextArea hint = Ui.paragraph(Messages.get("GuideSearchPanel.noMatches.hint"));

    /** Results of {@code model}'s search; {@code open} is called with the chosen match, {@code cancel} on Esc. */
    GuideSearchPanel(GuideModel model, Consumer<SearchHit> open, Runnable cancel) {
        this.model = model;
        this.open = open;
        this.cancel = cancel;
        initComponents();
        bind();
        showResults();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, wrap 1, fill, hidemode 3", // layout
                "[grow, fill]", // columns
                "[]rel[]rel[]")); // rows: status, then the hint when nothing matched or else the results
        setOpaque(false);
        add(Ui.named(status, "guide.searchStatus", ""), "wmin 0");
        hint.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        add(hint, "wmin 0");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Hit());
        // A row's height follows its wrapped text, so it is measured again whenever the column changes width.
        list.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                list.setFixedCellHeight(0);
                list.setFixedCellHeight(-1);
            }
        });
        list.putClientProperty(FlatClientProperties.STYLE, "background: $Panel.background; selectionArc: 8");
        Ui.named(list, "guide.searchResults", Messages.get("GuideSearchPanel.list.accessible"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, "wmin 0, push, grow");
    }

    private void bind() {
        model.addPropertyChangeListener("searchResults", e -> showResults());
        Ui.whenOpened(list, this::openSelected);
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        list.getActionMap().put("cancel", action(cancel));
    }

    private static AbstractAction action(Runnable body) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.run();
            }
        };
    }

    /** Shows what the model found for the current query. */
    void showResults() {
        List<SearchHit> results = model.results();
        hits.clear();
        hits.addAll(results);
        String text;
        if (results.isEmpty()) {
            text = Messages.format("GuideSearchPanel.noMatches.text", model.query().strip());
        } else if (results.size() >= GuideModel.MAX_RESULTS) {
            text = Messages.format("GuideSearchPanel.manyMatches.text", results.size());
        } else {
            text = Messages.format("GuideSearchPanel.matches.text", results.size());
        }
        status.setText(text);
        status.getAccessibleContext().setAccessibleName(text);
        hint.setVisible(results.isEmpty());
        list.setVisible(!results.isEmpty());
    }

    /** Moves the keyboard focus to the first match, if there is one. */
    void focusFirst() {
        if (!hits.isEmpty()) {
            list.setSelectedIndex(0);
            list.requestFocusInWindow();
        }
    }

    /** Opens the selected match, or the first when none is selected. */
    void openSelected() {
        if (!hits.isEmpty()) {
            open.accept(list.isSelectionEmpty() ? hits.get(0) : list.getSelectedValue());
        }
    }

    private String kindText(SearchHit.Kind kind) {
        return Messages.get("GuideSearchPanel.kind." + switch (kind) {
            case SECTION -> "section";
            case TIP -> "tip";
            case FAQ -> "faq";
            case CHECKLIST_ITEM -> "checklistItem";
            case CHANNEL -> "channel";
        });
    }

    /** One match: its title, what kind of thing it is and in which section, and the words around the match. */
    private final class Hit extends JPanel implements ListCellRenderer<SearchHit> {
        // Title and snippet wrap at word boundaries: a long checklist item was cut off at the default window size.
        private final JTextArea title = Ui.paragraph("", "semibold");
        private final JLabel where = Ui.styled("", "small");
        private final JTextArea snippet = Ui.paragraph("", "small");
        private int width;

        Hit() {
            super(new MigLayout("insets rel unrel rel unrel, wrap 1, gap 0", // layout
                    "[grow, fill]", // columns
                    "[][][]")); // rows: title, kind and section, snippet
            add(title, "wmin 0");
            add(where, "wmin 0");
            add(snippet, "wmin 0, hidemode 3");
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            if (width <= 0) {
                return super.getPreferredSize();
            }
            // Lay the row out at the list's width first: a wrapping text's height depends on it.
            setSize(width, Short.MAX_VALUE);
            doLayout();
            return new java.awt.Dimension(width, super.getPreferredSize().height);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends SearchHit> owner, SearchHit hit, int index,
                                                      boolean selected, boolean focused) {
            String section = model.session().pack().section(hit.sectionId()).map(Section::title).orElse("");
            String kind = kindText(hit.kind());
            String whereText = hit.kind() == SearchHit.Kind.SECTION || section.isEmpty()
                    ? kind : Messages.format("GuideSearchPanel.where.text", kind, section);
            title.setText(hit.title());
            where.setText(whereText);
            snippet.setText(hit.snippet());
            snippet.setVisible(!hit.snippet().isEmpty());
            width = owner.getWidth();
            boolean strong = selected && owner.isFocusOwner();
            title.setForeground(GuideText.rowForeground(owner, selected));
            where.setForeground(strong ? owner.getSelectionForeground() : UIManager.getColor("Coach.muted"));
            snippet.setForeground(GuideText.rowForeground(owner, selected));
            setBackground(GuideText.rowBackground(owner, selected));
            setToolTipText(GuideText.tooltip(hit.snippet().isEmpty() ? hit.title() : hit.snippet()));
            getAccessibleContext().setAccessibleName(Messages.format("GuideSearchPanel.hit.accessible", hit.title(),
                    whereText, hit.snippet()));
            return this;
        }
    }
}
