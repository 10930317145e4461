package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.InterviewForm;

/**
 * The modal form to add or edit an interview: the job, the interviewer, when it was, and what the user wants to say;
 * a field the model refuses gets a sentence beside it and nothing is saved.
 */
final class InterviewFormDialog extends JDialog {

    private static final String[] FIELDS = {"company", "role", "interviewerName", "interviewerTitle", "phone", "date",
        "time", "zone", "decisionDate", "keyQualifications", "wishISaid"};

    private final InterviewsModel model;
    private final Interview editing;
    private final Map<String, JComponent> inputs = new LinkedHashMap<>();
    private final Map<String, JTextArea> errorLabels = new LinkedHashMap<>();
    private final JComboBox<String> zoneBox = new JComboBox<>(ZoneId.getAvailableZoneIds().stream().sorted()
            .toArray(String[]::new));
    private final JButton saveButton = Ui.texts(new JButton(), "InterviewFormDialog.save");
    private final JButton cancelButton = Ui.texts(new JButton(), "InterviewFormDialog.cancel");
    private boolean saved;

    private InterviewFormDialog(Window owner, InterviewsModel model, Interview editing) {
        super(owner, Messages.get(editing == null ? "InterviewFormDialog.addTitle" : "InterviewFormDialog.editTitle"),
                ModalityType.APPLICATION_MODAL);
        this.model = model;
        this.editing = editing;
        initComponents();
        bind();
        fill();
    }

    /** Shows the form over {@code parent}; {@code editing} null adds a new interview. Returns whether it was saved. */
    static boolean open(Component parent, InterviewsModel model, Interview editing) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        InterviewFormDialog dialog = new InterviewFormDialog(owner, model, editing);
        Dialogs.place(dialog, owner);
        dialog.setVisible(true);
        return dialog.saved;
    }

    private void initComponents() {
        setName("interviewForm");
        getAccessibleContext().setAccessibleName(getTitle());
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        ScrollablePanel form = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, fillx", // layout
                "[grow, fill, sg field]para[grow, fill, sg field]", // columns: two fields side by side
                "[]rel[]para[]unrel[]unrel[]unrel[]unrel[]unrel[]")); // rows: title, intro, then field rows
        form.add(Ui.styled(getTitle(), "h2"), "span 2");
        form.add(Ui.paragraph(Messages.get("InterviewFormDialog.intro"), null), "span 2, wmin 0");
        form.add(field("company", text(24)), "aligny top");
        form.add(field("role", text(24)), "aligny top");
        form.add(field("interviewerName", text(24)), "aligny top");
        form.add(field("interviewerTitle", text(24)), "aligny top");
        form.add(field("phone", text(24)), "aligny top");
        zoneBox.setEditable(true);
        form.add(field("zone", zoneBox), "aligny top");
        form.add(field("date", placeholder(text(12), "InterviewFormDialog.date.placeholder")), "aligny top");
        form.add(field("time", placeholder(text(8), "InterviewFormDialog.time.placeholder")), "aligny top");
        form.add(field("decisionDate", placeholder(text(12), "InterviewFormDialog.decisionDate.placeholder")),
                "wrap");
        form.add(field("keyQualifications", area()), "span 2");
        form.add(field("wishISaid", area()), "span 2");
        JScrollPane scroll = new JScrollPane(form);
        scroll.setBorder(BorderFactory.createEmptyBorder());

        JPanel buttons = new JPanel(new MigLayout("insets dialog, fillx", // layout
                "[grow][]rel[]", // columns: space, save, cancel
                "[]")); // rows
        Ui.named(saveButton, "form.save", saveButton.getText());
        Ui.named(cancelButton, "form.cancel", cancelButton.getText());
        buttons.add(saveButton, "skip 1, sg button");
        buttons.add(cancelButton, "sg button");

        JPanel content = new JPanel(new MigLayout("insets 0, fill, wrap 1", // layout
                "[grow, fill]", // columns
                "[grow, fill]0[]")); // rows: form, buttons
        content.add(scroll);
        content.add(buttons);
        setContentPane(content);
    }

    private JPanel field(String name, JComponent input) {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx, hidemode 3", // layout
                "[grow, fill]", // columns
                "[]rel[]rel[]")); // rows: label, input, error
        String label = Messages.get("InterviewFormDialog." + name + ".label");
        JLabel caption = Ui.label(label);
        caption.setLabelFor(input instanceof JScrollPane s ? s.getViewport().getView() : input);
        panel.add(caption);
        JComponent target = input instanceof JScrollPane s ? (JComponent) s.getViewport().getView() : input;
        Ui.named(target, "form." + name, label);
        inputs.put(name, target);
        panel.add(input);
        JTextArea error = Ui.paragraph("", null);
        error.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.interviewsView.error");
        Ui.named(error, "form.error." + name, "");
        error.setVisible(false);
        errorLabels.put(name, error);
        panel.add(error, "wmin 0");
        return panel;
    }

    private static JTextField text(int columns) {
        return Ui.literal(new JTextField(columns));
    }

    private static JTextField placeholder(JTextField field, String key) {
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get(key));
        return field;
    }

    private static JScrollPane area() {
        JTextArea area = Dialogs.tabOut(new JTextArea(3, 40));
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return new JScrollPane(area);
    }

    private void bind() {
        saveButton.addActionListener(e -> save());
        cancelButton.addActionListener(e -> dispose());
        Dialogs.keys(this, saveButton, this::dispose);
    }

    private void fill() {
        if (editing == null) {
            zoneBox.setSelectedItem(ZoneId.systemDefault().getId());
            return;
        }
        setText("company", editing.company());
        setText("role", editing.role());
        setText("interviewerName", editing.interviewerName());
        setText("interviewerTitle", editing.interviewerTitle());
        setText("phone", editing.phone());
        setText("date", editing.interviewAt().toLocalDate().toString());
        setText("time", DateTimeFormatter.ofPattern("HH:mm").format(editing.interviewAt()));
        zoneBox.setSelectedItem(editing.interviewerZone());
        setText("decisionDate", editing.decision().map(Object::toString).orElse(""));
        setText("keyQualifications", editing.keyQualifications());
        setText("wishISaid", editing.wishISaid());
    }

    private void setText(String field, String value) {
        ((JTextComponent) inputs.get(field)).setText(value);
    }

    private String text(String field) {
        if (field.equals("zone")) {
            Object typed = zoneBox.getEditor().getItem();
            return typed == null ? "" : typed.toString();
        }
        return ((JTextComponent) inputs.get(field)).getText();
    }

    private void save() {
        InterviewForm.Input input = new InterviewForm.Input(text("company"), text("role"), text("interviewerName"),
                text("interviewerTitle"), text("phone"), text("date"), text("time"), text("zone"),
                text("decisionDate"), text("keyQualifications"), text("wishISaid"));
        if (model.save(editing == null ? null : editing.id(), input)) {
            saved = true;
            dispose();
        } else {
            showErrors(model.errors());
        }
    }

    private void showErrors(Map<String, String> errors) {
        JComponent firstWrong = null;
        for (String field : FIELDS) {
            String code = errors.get(field);
            JTextArea label = errorLabels.get(field);
            JComponent input = inputs.get(field);
            String sentence = code == null ? "" : errorText(field, code);
            label.setText(sentence);
            label.getAccessibleContext().setAccessibleName(sentence);
            label.setVisible(code != null);
            input.putClientProperty(FlatClientProperties.OUTLINE, code == null ? null
                    : FlatClientProperties.OUTLINE_ERROR);
            input.getAccessibleContext().setAccessibleDescription(code == null ? null : sentence);
            if (code != null && firstWrong == null) {
                firstWrong = input;
            }
        }
        if (firstWrong != null) {
            firstWrong.requestFocusInWindow();
        }
        getContentPane().revalidate();
        getContentPane().repaint();
    }

    private static String errorText(String field, String code) {
        String key = "InterviewFormDialog.error." + field + "." + code;
        String text = Messages.get(key);
        return text.equals(key) ? Messages.get("InterviewFormDialog.error." + code) : text;
    }
}
