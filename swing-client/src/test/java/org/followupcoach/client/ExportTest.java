package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/** Every export works like the calendar one: its own title, one file type, and the outcome shown in the page. */
class ExportTest extends AppTestBase {

    @Test
    void theReadinessReportIsSavedThroughATitledDialogAndConfirmedInThePage() {
        window.toggleButton("nav.readiness").click();
        window.button("readiness.export").click();

        JFileChooserFixture chooser = window.fileChooser("readiness.exportChooser");
        String title = GuiActionRunner.execute(
                () -> ((java.awt.Dialog) javax.swing.SwingUtilities.getWindowAncestor(chooser.target())).getTitle());
        assertThat(title).isEqualTo("Export readiness report");
        JFileChooser target = chooser.target();
        assertThat(GuiActionRunner.execute(() -> target.isAcceptAllFileFilterUsed())).isFalse();
        assertThat(GuiActionRunner.execute(() -> target.getFileFilter().getDescription()))
                .isEqualTo("Web pages (*.html)");

        Path typed = dataDir.resolve("my-report");
        chooser.setCurrentDirectory(dataDir.toFile());
        chooser.fileNameTextBox().setText("my-report");
        chooser.approve();

        Path saved = dataDir.resolve("my-report.html");
        await("the confirmation in the page", () -> showing("readiness.exportMessage"));
        JTextArea message = (JTextArea) window.textBox("readiness.exportMessage").target();
        assertThat(GuiActionRunner.execute(() -> message.getText())).contains(saved.toString());
        assertThat(saved).exists();
        assertThat(Files.isRegularFile(typed)).isFalse();
    }

    @Test
    void withNoPrinterTheChecklistIsOfferedAsAWebPageInATitledDialog() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.print.PrinterJob.lookupPrintServices().length == 0,
                "this machine has a printer");
        window.toggleButton("nav.checklist").click();
        window.button("checklist.print").click();

        DialogFixture offer = WindowFinder.findDialog(new GenericTypeMatcher<javax.swing.JDialog>(
                javax.swing.JDialog.class) {
            @Override
            protected boolean isMatching(javax.swing.JDialog d) {
                return d.isShowing() && "No printer found".equals(d.getTitle());
            }
        }).using(robot);
        offer.button(new GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return "OK".equals(b.getText());
            }
        }).click();

        JFileChooserFixture chooser = window.fileChooser("printToFileChooser");
        String title = GuiActionRunner.execute(
                () -> ((java.awt.Dialog) javax.swing.SwingUtilities.getWindowAncestor(chooser.target())).getTitle());
        assertThat(title).isEqualTo("Save \u201cChecklist\u201d as a web page");
        chooser.setCurrentDirectory(dataDir.toFile());
        chooser.approve();

        Path saved = dataDir.resolve("followup-checklist.html");
        await("the confirmation under the print button",
                () -> window.label("checklist.printStatus").target().getText().startsWith("Saved"));
        assertThat(Files.readString(saved)).startsWith("<!DOCTYPE html>").contains("<title>Checklist</title>");
    }
}
