import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The baseline for bench/startup.sh: the least a Swing program can do, a bare JFrame with one label. Reports in the
 * same way and at the same moment as the app's smoke run (the window's first paint event, then two hops through the
 * event queue so the repaint it asks for and any pending layout have run), writes {@code ready_ms} and
 * {@code ready_epoch_ms} to the file named by its first argument, and exits.
 */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        Path report = Path.of(args[0]);
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Hello");
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.add(new JLabel("Hello, world"));
            frame.setSize(1180, 800);
            frame.setLocationRelativeTo(null);
            // Like the app: after the window system's first paint event, two hops let the repaint it asks for run.
            boolean[] painted = new boolean[1];
            Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
                if (!painted[0]) {
                    painted[0] = true;
                    SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> ready(report)));
                }
            }, AWTEvent.PAINT_EVENT_MASK);
            frame.setVisible(true);
        });
    }

    private static void ready(Path report) {
        long now = System.currentTimeMillis();
        long readyMillis = now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(report, "ready_ms=" + readyMillis + "\nready_epoch_ms=" + now + "\n",
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            System.err.println("Could not write the report: " + e.getMessage());
        }
        Runtime.getRuntime().halt(0);
    }
}
