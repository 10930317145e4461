package org.followupcoach.client.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Light and dark themes, the OS preference where it can be told, and switching at run time. */
public final class ThemeSupport {

    /** The user's theme choice as saved in progress. */
    public enum Choice {
        SYSTEM, LIGHT, DARK, HIGH_CONTRAST
    }

    /** Text sizes the zoom commands step through, in percent. */
    public static final int[] SCALES = {75, 90, 100, 110, 125, 150, 175, 200};

    private static java.awt.Font baseFont;

    private ThemeSupport() {
    }

    /** Reads a saved choice; anything unknown means "follow the system". */
    public static Choice parse(String saved) {
        for (Choice c : Choice.values()) {
            if (c.name().equals(saved)) {
                return c;
            }
        }
        return Choice.SYSTEM;
    }

    /** Registers the app's colour keys; must run before the first look and feel is set. */
    public static void registerAppDefaults() {
        FlatLaf.registerCustomDefaultsSource("org.followupcoach.client.theme");
    }

    /** Installs the look and feel for {@code choice}; {@code systemIsDark} decides what SYSTEM means. */
    public static void install(Choice choice, boolean systemIsDark) {
        boolean dark = choice == Choice.DARK || (choice == Choice.SYSTEM && systemIsDark);
        if (choice == Choice.HIGH_CONTRAST) {
            CoachHighContrastLaf.setup();
        } else if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        HtmlGuard.install();
    }

    /**
     * Sets the text size for the whole UI; FlatLaf scales spacing, icons drawn from the font and MigLayout's logical
     * gaps follow the font. Call {@link FlatLaf#updateUI()} afterwards when windows are already showing.
     */
    public static void scale(int percent) {
        if (baseFont == null) {
            baseFont = javax.swing.UIManager.getFont("defaultFont");
            if (baseFont == null) {
                baseFont = javax.swing.UIManager.getFont("Label.font");
            }
        }
        javax.swing.UIManager.put("defaultFont", percent == 100 ? null
                : baseFont.deriveFont(baseFont.getSize2D() * percent / 100f));
    }

    /** The next size up or down from {@code current}, staying within 75–200 %. */
    public static int step(int current, int direction) {
        int index = 0;
        for (int i = 0; i < SCALES.length; i++) {
            if (SCALES[i] <= current) {
                index = i;
            }
        }
        return SCALES[Math.max(0, Math.min(SCALES.length - 1, index + Integer.signum(direction)))];
    }

    /** Switches a running app to {@code choice} and repaints every window. */
    public static void switchTo(Choice choice, boolean systemIsDark) {
        install(choice, systemIsDark);
        FlatLaf.updateUI();
    }

    /**
     * Whether the OS is set to a dark theme, asked without admin rights: the Windows personalisation setting, the
     * macOS appearance, or a GTK theme name. Anything that fails or takes long means "light".
     */
    public static boolean systemPrefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                String out = run("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme");
                return out.contains("0x0");
            }
            if (os.startsWith("mac")) {
                return run("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
            }
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String run(String... command) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(1, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
