package org.followupcoach.client.support;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Every "Export…" in the app works alike: a save dialog with its own title and one file type, the extension added
 * when it was left off, a question before a file is replaced, the writing off the EDT, and the outcome as one
 * sentence shown in the page (not in a pop-up) through {@link #messageArea(String)} and {@link #show}.
 */
public final class FileExport {

    /**
     * What is exported: the chooser's component name (for tests), its title, the file type's description (e.g.
     * "Web pages (*.html)"), the extension without its dot, and the suggested file name.
     */
    public record Kind(String chooserName, String title, String filterText, String extension, String suggestedName) {
    }

    private FileExport() {
    }

    /**
     * Asks where to save {@code kind}, over {@code parent}; empty when the user cancelled or did not want an existing
     * file replaced. The chosen name gets the kind's extension if it lacks it.
     */
    public static Optional<Path> choose(Component parent, Kind kind) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(kind.chooserName());
        chooser.setDialogTitle(kind.title());
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setFileFilter(new FileNameExtensionFilter(kind.filterText(), kind.extension()));
        chooser.setSelectedFile(new File(kind.suggestedName()));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        File chosen = withExtension(chooser.getSelectedFile(), kind.extension());
        // The question is a literal label: a file name is the user's text and must never render as HTML.
        if (chosen.exists() && JOptionPane.showConfirmDialog(parent,
                Ui.label(Messages.format("FileExport.replace.text", chosen.getName())),
                Messages.get("FileExport.replace.title"), JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(chosen.toPath());
    }

    /** {@code file}, or the same name with {@code .extension} added when it does not end with it already. */
    public static File withExtension(File file, String extension) {
        String suffix = "." + extension.toLowerCase(Locale.ROOT);
        return file.getName().toLowerCase(Locale.ROOT).endsWith(suffix) ? file
                : new File(file.getParentFile(), file.getName() + suffix);
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file} off the EDT, then tells {@code done} on the EDT: empty when it
     * worked, otherwise the reason in the system's words.
     */
    public static void writeText(Path file, String text, Consumer<Optional<String>> done) {
        CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((ok, failure) -> SwingUtilities.invokeLater(() -> done.accept(failure == null
                ? Optional.empty() : Optional.of(reason(failure)))));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** A hidden paragraph for the outcome of an export, to place under the button that started it. */
    public static JTextArea messageArea(String name) {
        JTextArea area = Ui.paragraph("", null);
        Ui.named(area, name, "");
        area.setVisible(false);
        return area;
    }

    /** Shows {@code text} in {@code area}, in the error colour when it reports a problem; empty text hides it. */
    public static void show(JTextArea area, String text, boolean problem) {
        area.setText(text);
        area.getAccessibleContext().setAccessibleName(text);
        area.putClientProperty(FlatClientProperties.STYLE, problem
                ? "foreground: $Coach.interviewsView.error" : "foreground: $Coach.muted");
        area.setVisible(!text.isEmpty());
        area.revalidate();
    }
}
