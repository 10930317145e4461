package org.followupcoach.client.shell;

import java.awt.CardLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.checklist.ChecklistView;
import org.followupcoach.client.guide.GuideView;
import org.followupcoach.client.interviews.InterviewsView;
import org.followupcoach.client.interviews.TodayView;
import org.followupcoach.client.quiz.QuizView;
import org.followupcoach.client.readiness.ReadinessView;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.session.SaveStatus;
import org.followupcoach.client.support.AppVersion;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.store.WindowBounds;
import org.followupcoach.core.validate.Problem;

/** The one main window: menu, notice banner, sidebar and the current view; shows a loading state until ready. */
public final class MainFrame extends JFrame {

    /** Explicit cells: a hidden banner must not shift the rows below it. */
    private static final String BANNER_CELL = "cell 0 0 2 1, growx, hidemode 3";
    /** After the first view shows, the others are built in the background this long apart (milliseconds). */
    private static final int IDLE_BUILD_FIRST_DELAY_MS = 400;
    private static final int IDLE_BUILD_DELAY_MS = 150;
    /**
     * Narrower than this many characters of the current text size (about 900 pixels at 100 %, 1,800 at 200 %), the
     * sidebar shows names only, so the current view keeps room to be read at 200 % in a 1024-pixel window.
     */
    private static final int SIDEBAR_NAMES_ONLY_BELOW = 69;

    private final JPanel root = new JPanel();
    private final NoticeBanner banner = new NoticeBanner();
    private final JPanel cards = new JPanel(new org.followupcoach.client.support.ShownCardLayout());
    private final Map<AppView, JComponent> views = new EnumMap<>(AppView.class);
    private final Map<AppView, Supplier<JComponent>> viewFactories = new EnumMap<>(AppView.class);
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Consumer<MainFrame> onClose;
    private final JMenu goMenu = menu("Menu.go");
    private AppModels models;
    private javax.swing.JDialog rehearsalDialog;
    private GuideView guideView;
    private SidebarView sidebar;
    private SaveStatus.State lastSaveState;
    private String dataFolder = "";
    private String logFolder = "";
    /**
     * Whether the window system has asked for the first paint (the moment the start-up harness counts from, too); the
     * views not yet opened are built only after that. Swing may paint the content a little earlier by itself.
     */
    private boolean painted;
    private javax.swing.Timer idleBuild;
    private final java.awt.event.AWTEventListener firstPaint = new java.awt.event.AWTEventListener() {
        @Override
        public void eventDispatched(java.awt.AWTEvent event) {
            if (event.getSource() == MainFrame.this) {
                java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(this);
                firstPainted();
            }
        }
    };

    /** Creates the window in its loading state; {@code onClose} flushes saving and exits, off the EDT. */
    public MainFrame(Consumer<MainFrame> onClose) {
        super(Messages.get("app.title"));
        this.onClose = onClose;
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(firstPaint, java.awt.AWTEvent.PAINT_EVENT_MASK);
        initComponents();
    }

    private void initComponents() {
        setName("main");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        root.setLayout(new MigLayout("fill, insets 0, gap 0", // layout
                "[][grow, fill]", // columns
                "[][grow, fill]")); // rows
        root.add(banner, BANNER_CELL);
        root.add(Ui.styled(Messages.get("MainFrame.loading.text"), "h3"), "cell 0 1 2 1, align center");
        setContentPane(root);
        setJMenuBar(menuBar());
        goMenu.setEnabled(false);
    }

    /** Places the window where it was last, if that spot is still on a screen; otherwise a comfortable default. */
    public void placeWindow(WindowBounds saved) {
        placeWindow(saved, false);
    }

    /**
     * Like {@link #placeWindow(WindowBounds)}; a {@code secondCopy} (the app already runs on this data folder) opens
     * offset from the first and never maximised, so it does not hide the first one exactly.
     */
    public void placeWindow(WindowBounds saved, boolean secondCopy) {
        List<Rectangle> screens = usableScreens();
        Rectangle placed = WindowPlacement.place(saved, screens);
        if (secondCopy) {
            setBounds(WindowPlacement.cascade(placed, screens));
            return;
        }
        setBounds(placed);
        if (saved != null && saved.maximized()) {
            setExtendedState(MAXIMIZED_BOTH);
        }
    }

    /** The area of every attached screen that windows may use (without task bars), the main screen first. */
    private static List<Rectangle> usableScreens() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List<Rectangle> screens = new java.util.ArrayList<>();
        screens.add(environment.getMaximumWindowBounds());
        for (java.awt.GraphicsDevice device : environment.getScreenDevices()) {
            if (device != environment.getDefaultScreenDevice()) {
                java.awt.GraphicsConfiguration config = device.getDefaultConfiguration();
                Rectangle bounds = config.getBounds();
                java.awt.Insets insets = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(config);
                screens.add(new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                        bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom));
            }
        }
        return screens;
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("Menu.file");
        file.add(item("Menu.printChecklist", KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK),
                this::printChecklist));
        file.addSeparator();
        file.add(item("Menu.exit", null, this::close));
        bar.add(file);
        int index = 0;
        for (AppView view : AppView.values()) {
            int key = KeyEvent.VK_1 + index++;
            String name = view.name().toLowerCase(java.util.Locale.ROOT);
            JMenuItem item = Ui.literal(new JMenuItem(Messages.get("Sidebar." + name + ".text")));
            item.setName("menu.go." + name);
            item.setAccelerator(KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK));
            item.addActionListener(e -> models.navigation().show(view));
            goMenu.add(item);
        }
        goMenu.addSeparator();
        goMenu.add(item("Menu.find", KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), this::find));
        bar.add(goMenu);
        JMenu viewMenu = menu("Menu.view");
        JMenu theme = menu("Menu.theme");
        ButtonGroup themes = new ButtonGroup();
        for (ThemeSupport.Choice choice : ThemeSupport.Choice.values()) {
            String key = "Menu.theme." + choice.name().toLowerCase(java.util.Locale.ROOT);
            JRadioButtonMenuItem item = Ui.literal(new JRadioButtonMenuItem(Messages.get(key + ".text")));
            item.setName("menu.theme." + choice.name().toLowerCase(java.util.Locale.ROOT));
            item.addActionListener(e -> chooseTheme(choice));
            themes.add(item);
            theme.add(item);
        }
        viewMenu.add(theme);
        viewMenu.addSeparator();
        viewMenu.add(item("Menu.zoomIn", KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(1)));
        viewMenu.add(item("Menu.zoomOut", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(-1)));
        viewMenu.add(item("Menu.zoomReset", KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(0)));
        bindZoomKeys();
        bar.add(viewMenu);
        JMenu help = menu("Menu.help");
        help.add(item("Menu.welcome", null, this::showWelcome));
        help.add(item("Menu.about", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showAbout));
        bar.add(help);
        return bar;
    }

    /**
     * Ctrl+= and the keypad keys too: on most keyboards "+" needs Shift, which people don't expect; and on a US
     * keyboard Ctrl+Plus is typed as Ctrl+Shift+=, which arrives as "=" with Shift held, not as "+".
     */
    private void bindZoomKeys() {
        javax.swing.InputMap keys = getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        javax.swing.ActionMap actions = getRootPane().getActionMap();
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK), "zoomIn");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                "zoomIn");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                "zoomIn");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, InputEvent.CTRL_DOWN_MASK), "zoomIn");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, InputEvent.CTRL_DOWN_MASK), "zoomOut");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, InputEvent.CTRL_DOWN_MASK), "zoomReset");
        actions.put("zoomIn", action(() -> zoom(1)));
        actions.put("zoomOut", action(() -> zoom(-1)));
        actions.put("zoomReset", action(() -> zoom(0)));
    }

    private static javax.swing.Action action(Runnable run) {
        return new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
    }

    /** Steps the text size up (1), down (-1) or back to normal (0), and remembers it. */
    private void zoom(int direction) {
        if (models == null) {
            return;
        }
        int current = models.session().progress().ui().scale();
        int next = direction == 0 ? 100 : ThemeSupport.step(current, direction);
        if (next != current) {
            ThemeSupport.scale(next);
            com.formdev.flatlaf.FlatLaf.updateUI();
            models.session().updateUi(ui -> ui.withScalePercent(next));
        }
    }

    private void printChecklist() {
        if (models != null) {
            ChecklistView.print(models.checklist(), banner::show);
        }
    }

    /** Tells the About box and the welcome where the data and logs are. */
    public void setFolders(String dataFolder, String logFolder) {
        this.dataFolder = dataFolder;
        this.logFolder = logFolder;
    }

    private void showAbout() {
        String contentVersion = models == null ? "" : models.session().pack().manifest().contentVersion();
        new AboutDialog(this, AppVersion.current(), contentVersion, dataFolder, logFolder)
                .setVisible(true);
    }

    private void showWelcome() {
        new WelcomeDialog(this, dataFolder, () -> { }).setVisible(true);
    }

    /**
     * Shows the welcome on a first start. It counts as seen once the user closes it ("Let's start", Escape or the
     * close box), not when it opens: an app killed before that shows it again next time.
     */
    public void welcomeIfFirstRun() {
        if (models != null && !models.session().progress().ui().welcomed()) {
            AppModels shown = models;
            javax.swing.SwingUtilities.invokeLater(() -> new WelcomeDialog(this, dataFolder,
                    () -> shown.session().updateUi(ui -> ui.withWelcomed(true))).setVisible(true));
        }
    }

    private static JMenu menu(String key) {
        JMenu menu = Ui.literal(new JMenu(Messages.get(key + ".text")));
        menu.setMnemonic(Messages.mnemonic(key + ".mnemonic"));
        menu.setName(key);
        return menu;
    }

    private static JMenuItem item(String key, KeyStroke accelerator, Runnable action) {
        JMenuItem item = Ui.literal(new JMenuItem(Messages.get(key + ".text")));
        item.setMnemonic(Messages.mnemonic(key + ".mnemonic"));
        item.setName(key);
        item.setAccelerator(accelerator);
        item.addActionListener(e -> action.run());
        return item;
    }

    /** Replaces the loading state with the app, on the view the user last had open. */
    public void showApp(AppModels appModels) {
        this.models = appModels;
        viewFactories.put(AppView.GUIDE, () -> guideView = new GuideView(models.guide(), models.navigation()));
        viewFactories.put(AppView.CHECKLIST, () -> new ChecklistView(models.checklist()));
        viewFactories.put(AppView.QUIZ, () -> new QuizView(models.quiz()));
        viewFactories.put(AppView.READINESS, () -> new ReadinessView(models.readiness()));
        viewFactories.put(AppView.TODAY, () -> new TodayView(models.interviews(), models.navigation()));
        viewFactories.put(AppView.INTERVIEWS, () -> new InterviewsView(models.interviews(), models.cueCard()));
        root.removeAll();
        root.add(banner, BANNER_CELL);
        sidebar = new SidebarView(models);
        JScrollPane sidebarScroll = new JScrollPane(sidebar, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        sidebarScroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        root.add(sidebarScroll, "cell 0 1, growy, wmin pref");
        org.followupcoach.client.support.NarrowWatch.install(root, SIDEBAR_NAMES_ONLY_BELOW, sidebar::setCompact);
        root.add(cards, "cell 1 1, wmin 0");
        goMenu.setEnabled(true);
        selectThemeItem(ThemeSupport.parse(models.session().progress().ui().theme()));
        models.navigation().addPropertyChangeListener("view", e -> showView(models.navigation().view()));
        models.navigation().setRehearsalOpener(this::openRehearsal);
        models.session().addPropertyChangeListener("saveStatus", e -> saveStatusChanged());
        build(models.navigation().view());
        reveal();
        root.revalidate();
        root.repaint();
        buildOthersWhenIdle();
    }

    /** Replaces the loading state with the list of content problems, for a broken content pack. */
    public void showLoadProblems(String source, List<Problem> problems) {
        root.removeAll();
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow, fill]", "[]para[]para[grow, fill]"));
        panel.add(Ui.styled(Messages.get("MainFrame.loadFailed.title"), "h2"));
        panel.add(Ui.paragraph(Messages.get("MainFrame.loadFailed.text")));
        StringBuilder details = new StringBuilder(source).append('\n');
        problems.forEach(p -> details.append(p).append('\n'));
        javax.swing.JTextArea list = new javax.swing.JTextArea(details.toString());
        list.setEditable(false);
        list.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "monospaced");
        Ui.named(list, "loadProblems", Messages.get("MainFrame.loadFailed.title"));
        panel.add(new JScrollPane(list));
        root.add(panel, "cell 0 1 2 1, grow");
        root.revalidate();
        root.repaint();
    }

    /** Shows a message in the banner. */
    public void notice(String text) {
        banner.show(text);
    }

    /** Shows a message in the banner with an "Export progress…" button, for when saving is impossible. */
    public void noticeWithExport(String text) {
        banner.show(text, "MainFrame.export", this::exportProgress);
    }

    private void exportProgress() {
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
        chooser.setName("exportChooser");
        chooser.setSelectedFile(new java.io.File("followup-coach-progress.json"));
        if (chooser.showSaveDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return;
        }
        java.nio.file.Path target = chooser.getSelectedFile().toPath();
        // Progress is immutable: snapshot it here and make the JSON (milliseconds for a long history) off the EDT.
        org.followupcoach.core.store.Progress snapshot = models.session().progress();
        CompletableFuture.runAsync(() -> {
            try {
                String json = org.followupcoach.core.store.ProgressJson.encode(snapshot);
                java.nio.file.Files.writeString(target, json, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, failure) -> javax.swing.SwingUtilities.invokeLater(() -> banner.show(failure == null
                ? Messages.format("MainFrame.exportDone.text", target)
                : Messages.format("MainFrame.exportFailed.text", failure.getCause() == null ? failure.getMessage()
                        : failure.getCause().getMessage()))));
    }

    private void showView(AppView view) {
        if (views.containsKey(view)) {
            reveal();
        } else {
            build(view);
            // The first layout of a new view costs about as much as building it; in an event of its own the window
            // keeps answering in between. It shows the view current by then, should the user have moved on.
            javax.swing.SwingUtilities.invokeLater(this::reveal);
        }
    }

    private JComponent build(AppView view) {
        return views.computeIfAbsent(view, v -> {
            JComponent created = viewFactories.get(v).get();
            cards.add(created, v.name());
            return created;
        });
    }

    private void reveal() {
        AppView view = models.navigation().view();
        ((CardLayout) cards.getLayout()).show(cards, view.name());
        build(view).requestFocusInWindow();
    }

    /**
     * Builds the views not yet opened, one per timer tick while the window is idle, so a first click on any of them
     * only lays it out and paints it. Each build is one short event; the first view was built before the window opened.
     */
    private void buildOthersWhenIdle() {
        javax.swing.Timer timer = new javax.swing.Timer(IDLE_BUILD_DELAY_MS, null);
        timer.addActionListener(e -> java.util.Arrays.stream(AppView.values())
                .filter(v -> !views.containsKey(v))
                .findFirst()
                .ifPresentOrElse(this::build, timer::stop));
        timer.setInitialDelay(IDLE_BUILD_FIRST_DELAY_MS);
        // On a slow or busy machine the first paint can come later than the timer: the views wait for it, so the
        // first frame never waits for them.
        idleBuild = timer;
        if (painted) {
            timer.start();
        }
    }

    private void firstPainted() {
        if (!painted) {
            painted = true;
            if (idleBuild != null) {
                idleBuild.start();
            }
        }
    }

    /** Gives the keyboard focus to the current view; for a window that got its content before it was shown. */
    public void focusCurrentView() {
        JComponent shown = models == null ? null : views.get(models.navigation().view());
        if (shown != null) {
            shown.requestFocusInWindow();
        }
    }

    private void find() {
        models.navigation().show(AppView.GUIDE);
        // After the guide is revealed, which waits for the next event when it was never open.
        javax.swing.SwingUtilities.invokeLater(guideView::focusSearch);
    }

    private void chooseTheme(ThemeSupport.Choice choice) {
        ThemeSupport.switchTo(choice, ThemeSupport.systemPrefersDark());
        if (models != null) {
            models.session().updateUi(ui -> ui.withTheme(choice.name()));
        }
    }

    private void selectThemeItem(ThemeSupport.Choice choice) {
        JMenu theme = (JMenu) getJMenuBar().getMenu(2).getItem(0);
        for (int i = 0; i < theme.getItemCount(); i++) {
            theme.getItem(i).setSelected(i == choice.ordinal());
        }
    }

    private void saveStatusChanged() {
        SaveStatus status = models.session().saveStatus();
        if (status.state() == SaveStatus.State.FAILED) {
            String text = Messages.format("MainFrame.saveFailed.text", status.detail());
            noticeWithExport(text);
            org.followupcoach.client.support.Announcer.sayToFocused(root, text);
        } else if (status.state() == SaveStatus.State.SAVED && lastSaveState == SaveStatus.State.FAILED) {
            org.followupcoach.client.support.Announcer.sayToFocused(root, Messages.get("MainFrame.savedAgain"));
        }
        lastSaveState = status.state();
    }

    /** Opens the rehearsal window, or brings it forward; one at a time, for the interview asked for. */
    private void openRehearsal(java.util.Optional<String> interviewId) {
        if (rehearsalDialog != null && rehearsalDialog.isDisplayable()) {
            rehearsalDialog.dispose();
        }
        org.followupcoach.client.rehearsal.RehearsalModels r = models.rehearsal();
        rehearsalDialog = org.followupcoach.client.rehearsal.RehearsalDialog.open(this, r.recorder(),
                r.teleprompter(), r.roleplay(), interviewId.flatMap(models.session()::interview));
    }

    /** The app's models once content is loaded, else null. */
    public AppModels models() {
        return models;
    }

    /** Whether the content is loaded and the views can be used. */
    public boolean isReady() {
        return models != null;
    }

    /** Completes once the window is closed and progress is flushed to disk. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** The banner's current text, empty when none shows. */
    public String noticeText() {
        return banner.text();
    }

    private void close() {
        if (models != null) {
            boolean maximized = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
            Rectangle b = getBounds();
            models.session().updateUi(ui -> ui.withWindow(new WindowBounds(b.x, b.y, b.width, b.height, maximized)));
        }
        setVisible(false);
        Thread flusher = new Thread(() -> {
            onClose.accept(this);
            javax.swing.SwingUtilities.invokeLater(() -> {
                dispose();
                closed.complete(null);
            });
        }, "coach-shutdown");
        flusher.start();
    }
}
