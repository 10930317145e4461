package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.CardLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.search.SearchHit;

/**
 * The guide: a search field over the table of contents (replaced by the matches while a query is typed) beside the
 * open section, which can be marked read before moving on to the next. Where the two columns would not fit the text
 * size (large text, small window) it shows one at a time, with a "Contents" button to switch.
 */
public final class GuideView extends JPanel {

    private static final String CONTENTS = "contents";
    private static final String RESULTS = "results";

    private final GuideModel model;
    private final NavigationModel navigation;
    private final JTextField searchField = new JTextField();
    private final GuideTocPanel toc;
    private final GuideSearchPanel results;
    private final JPanel navigator = new JPanel();
    private final JPanel lists = new JPanel(new CardLayout());
    private final ScrollablePanel reading = ScrollablePanel.page(new MigLayout("insets panel, fillx", // layout
            "[grow, fill]", // columns
            "[]")); // rows: the open section
    private final JScrollPane readingScroll = new JScrollPane(reading);
    private final JCheckBox markRead = new JCheckBox();
    private final JLabel position = Ui.styled("", "small");
    private final JButton next = new JButton();
    private final javax.swing.JToggleButton contentsButton = new javax.swing.JToggleButton();
    private SectionPanel sectionPanel;
    private boolean narrow;

    /** The guide bound to {@code model}; {@code navigation} brings the guide to the front when a match is opened. */
    public GuideView(GuideModel model, NavigationModel navigation) {
        this.model = model;
        this.navigation = navigation;
        this.toc = new GuideTocPanel(model, this::sectionOpened);
        this.results = new GuideSearchPanel(model, this::openHit, this::clearSearch);
        initComponents();
        bind();
        showSection();
        showResults();
    }

    private void initComponents() {
        Ui.named(this, "guide", Messages.get("GuideView.accessible"));

        searchField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                Messages.get("GuideView.search.placeholder"));
        searchField.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        searchField.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, Boolean.TRUE);
        // Said to screen readers rather than shown as a tooltip: a tooltip over the field would swallow the first Esc.
        searchField.getAccessibleContext().setAccessibleDescription(Messages.get("GuideView.search.tooltip"));
        Ui.named(searchField, "guide.search", Messages.get("GuideView.search.accessible"));
        lists.setOpaque(false);
        lists.add(toc, CONTENTS);
        lists.add(results, RESULTS);
        navigator.setLayout(new MigLayout("insets 0, wrap 1, fill", // layout
                "[grow, fill]", // columns
                "[]para[grow, fill]")); // rows: search field, contents or matches
        navigator.setOpaque(false);
        navigator.add(searchField, "wmin 0");
        navigator.add(lists, "wmin 0");
        // Tab goes search field, contents, reading pane: the column is traversed as a unit before the pane beside it.
        navigator.setFocusTraversalPolicyProvider(true);

        reading.setFocusable(true);
        reading.getAccessibleContext().setAccessibleName(Messages.get("GuideView.reading.accessible"));
        reading.setName("guide.reading");
        readingScroll.putClientProperty(FlatClientProperties.STYLE, "arc: 16");

        Ui.texts(markRead, "GuideView.markRead");
        Ui.named(markRead, "guide.markRead", markRead.getText());
        Ui.texts(next, "GuideView.next");
        Ui.named(next, "guide.next", next.getText());
        position.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        Ui.named(position, "guide.position", "");
        Ui.texts(contentsButton, "GuideView.contents");
        Ui.named(contentsButton, "guide.contents", contentsButton.getText());
        layOut();
        org.followupcoach.client.support.NarrowWatch.install(this, TWO_COLUMNS_FROM, this::narrowChanged);
    }

    /** Two columns side by side, or (narrow) one of them at a time over a footer in two rows. */
    private void layOut() {
        removeAll();
        if (narrow) {
            setLayout(new MigLayout("fill, insets dialog", // layout
                    "[grow, fill]", // columns
                    "[grow, fill]rel[]rel[]")); // rows: contents or section | mark read | contents, position, next
            add(navigator, "cell 0 0, grow, wmin 0, hidemode 3");
            add(readingScroll, "cell 0 0, grow, wmin 0, hidemode 3");
            add(markRead, "cell 0 1, wmin 0");
            add(contentsButton, "cell 0 2, split 3");
            add(position, "gapleft push, wmin 0");
            add(next, "gapleft unrel, hidemode 3");
        } else {
            setLayout(new MigLayout("fill, insets dialog", // layout
                    "[fill, 20%:pref:46%]para[0:0, grow, fill]", // columns: contents or matches | reading pane
                    "[grow, fill]rel[]")); // rows: content | mark read, position and next section
            add(navigator, "grow, wmin 0");
            add(readingScroll, "grow, wmin 0, wrap");
            // The footer runs under both columns, so a large font still leaves room for all three.
            add(markRead, "span 2, split 3");
            add(position, "gapleft push, wmin 0");
            add(next, "gapleft unrel, hidemode 3");
        }
        showPane(!narrow || contentsButton.isSelected(), true);
        revalidate();
        repaint();
    }

    /**
     * Narrower than this many characters, the two columns no longer fit (about 730 pixels at 100 %): the contents then
     * need nearly half the width to show their longest title whole.
     */
    private static final int TWO_COLUMNS_FROM = 56;

    private void narrowChanged(boolean isNarrow) {
        narrow = isNarrow;
        layOut();
    }

    /** In the narrow arrangement, shows the contents (true) or the open section (false); both show when wide. */
    private void showPane(boolean contents, boolean keepFocus) {
        boolean hadFocus = !keepFocus && isAncestorOf(java.awt.KeyboardFocusManager
                .getCurrentKeyboardFocusManager().getFocusOwner());
        contentsButton.setSelected(narrow && contents);
        navigator.setVisible(!narrow || contents);
        readingScroll.setVisible(!narrow || !contents);
        markRead.setVisible(!narrow || !contents);
        revalidate();
        repaint();
        if (hadFocus) {
            if (narrow && contents) {
                toc.focusList();
            } else {
                focusReading();
            }
        }
    }

    /** A section was chosen in the contents with a click or Enter: in the narrow arrangement, go and read it. */
    private void sectionOpened() {
        if (narrow && navigator.isVisible() && model.query().isBlank()) {
            showPane(false, false);
        }
    }

    private void bind() {
        model.addPropertyChangeListener("selectedSection", e -> showSection());
        model.addPropertyChangeListener("readProgress", e -> showReadState());
        model.addPropertyChangeListener("searchResults", e -> showResults());
        searchField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                queryTyped();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                queryTyped();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                queryTyped();
            }
        });
        searchField.addActionListener(e -> results.openSelected());
        bindKey(searchField, KeyEvent.VK_ESCAPE, "clearSearch", this::clearSearch);
        bindKey(searchField, KeyEvent.VK_DOWN, "focusMatches", results::focusFirst);
        markRead.addActionListener(e -> markReadToggled());
        contentsButton.addActionListener(e -> showPane(contentsButton.isSelected(), false));
        next.addActionListener(e -> openNext());
        reading.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                focusReading();
            }
        });
    }

    private static void bindKey(JComponent component, int key, String name, Runnable action) {
        component.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, 0), name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Puts the keyboard focus into the search field, with its text selected so typing replaces it. */
    public void focusSearch() {
        if (narrow) {
            showPane(true, true);
        }
        searchField.selectAll();
        searchField.requestFocusInWindow();
    }

    /** Showing the guide puts the focus on the contents, so the arrow keys move between sections at once. */
    @Override
    public boolean requestFocusInWindow() {
        return narrow && !navigator.isVisible() ? reading.requestFocusInWindow() : toc.focusList();
    }

    private void focusReading() {
        reading.requestFocusInWindow();
    }

    private void queryTyped() {
        model.setQuery(searchField.getText());
        // The model stays silent when the results do not change (say, two queries without matches), so the view
        // refreshes itself after every keystroke as well.
        showResults();
    }

    private void clearSearch() {
        if (!searchField.getText().isEmpty()) {
            searchField.setText("");
        }
        searchField.requestFocusInWindow();
    }

    private void openHit(SearchHit hit) {
        searchField.setText("");
        if (narrow) {
            showPane(false, true);
        }
        navigation.openSection(hit.sectionId());
        // Queued behind the scroll to the top that opening a section queues, so the match wins.
        SwingUtilities.invokeLater(() -> reveal(hit));
        focusReading();
    }

    private void markReadToggled() {
        model.setRead(model.selected().id(), markRead.isSelected());
    }

    private void openNext() {
        model.nextSection().ifPresent(section -> model.select(section.id()));
    }

    private void showResults() {
        boolean searching = !model.query().isBlank();
        results.showResults();
        ((CardLayout) lists.getLayout()).show(lists, searching ? RESULTS : CONTENTS);
        if (!searchField.getText().equals(model.query()) && !searchField.hasFocus()) {
            searchField.setText(model.query());
        }
    }

    private void showSection() {
        Section section = model.selected();
        if (sectionPanel == null || !sectionPanel.section().equals(section)) {
            if (sectionPanel != null) {
                reading.remove(sectionPanel);
            }
            sectionPanel = new SectionPanel(model, section);
            reading.add(sectionPanel, "wmin 0");
            reading.revalidate();
            reading.repaint();
            // Each new paragraph's caret asks, later on the EDT, to be scrolled into view; the last one would win and
            // open the section at its end. Scrolling to the top after them keeps every section opening at its title.
            SwingUtilities.invokeLater(this::scrollToTop);
        }
        int index = model.indexOf(section);
        String where = Messages.format("GuideView.position.text", index + 1, model.sectionCount());
        position.setText(where);
        position.getAccessibleContext().setAccessibleName(where);
        model.nextSection().ifPresentOrElse(following -> {
            next.setVisible(true);
            next.setToolTipText(GuideText.tooltip(following.title()));
            next.getAccessibleContext().setAccessibleName(Messages.format("GuideView.next.accessible",
                    following.title()));
        }, () -> next.setVisible(false));
        showReadState();
    }

    private void showReadState() {
        markRead.setSelected(model.isRead(model.selected().id()));
    }

    private void scrollToTop() {
        readingScroll.getViewport().setViewPosition(new Point(0, 0));
    }

    /** Scrolls the reading pane to the tip, question or channel a match points at, once the section is laid out. */
    private void reveal(SearchHit hit) {
        sectionPanel.anchor(hit).ifPresent(anchor -> {
            readingScroll.validate();
            Rectangle bounds = SwingUtilities.convertRectangle(anchor.getParent(), anchor.getBounds(), reading);
            // A little of what comes before stays in view, and as much after as fits, so the match reads in context.
            bounds.y = Math.max(0, bounds.y - anchor.getHeight());
            bounds.height = readingScroll.getViewport().getHeight();
            reading.scrollRectToVisible(bounds);
        });
    }
}
