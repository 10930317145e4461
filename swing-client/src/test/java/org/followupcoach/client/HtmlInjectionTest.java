package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;

import org.followupcoach.client.session.AppView;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.quiz.QuizMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Content and user text holding {@code <html><img src=http://127.0.0.1:PORT/x>} must be shown literally everywhere:
 * a loopback server counts every request the app makes while every screen is opened, and must count none.
 */
class HtmlInjectionTest extends AppTestBase {

    private static ServerSocket server;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final java.util.List<String> PATHS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static Thread acceptor;

    private static String payload() {
        return "<html><img src=http://127.0.0.1:" + server.getLocalPort() + "/x>";
    }

    @Override
    protected StartOptions options() {
        try {
            startServer();
            Path content = Files.createDirectories(dataDir.resolve("pack"));
            for (String file : ContentLoader.FILES) {
                try (InputStream in = ContentSource.bundled().open(file).orElseThrow()) {
                    JsonObject json = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getAsJsonObject();
                    inject(json);
                    Files.writeString(content.resolve(file), json.toString(), StandardCharsets.UTF_8);
                }
            }
            return new StartOptions(dataDir.resolve("data"), ContentSource.folder(content),
                    Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), () -> new Random(7), () -> { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prefixes every text field except ids and references with the payload. */
    private static void inject(JsonElement element) {
        if (element instanceof JsonObject object) {
            for (String key : object.keySet()) {
                JsonElement value = object.get(key);
                // A placeholder's "name" is an identifier used in the script, not text.
                boolean identifier = key.equals("name") && object.has("example");
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && isText(key) && !identifier) {
                    object.addProperty(key, payload() + " " + value.getAsString());
                } else if (value.isJsonArray() && key.equals("body")) {
                    JsonArray body = value.getAsJsonArray();
                    for (int i = 0; i < body.size(); i++) {
                        body.set(i, new com.google.gson.JsonPrimitive(payload() + " " + body.get(i).getAsString()));
                    }
                } else {
                    inject(value);
                }
            }
        } else if (element instanceof JsonArray array) {
            array.forEach(HtmlInjectionTest::inject);
        }
    }

    private static boolean isText(String key) {
        return switch (key) {
            case "title", "summary", "reason", "question", "answer", "name", "advice", "text", "prompt", "feedback",
                 "explanation", "label", "description", "detail", "example", "note" -> true;
            default -> false;
        };
    }

    private static synchronized void startServer() throws IOException {
        if (server != null) {
            return;
        }
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(200);
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(2_000);
                    String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            StandardCharsets.ISO_8859_1)).readLine();
                    PATHS.add(String.valueOf(line));
                    REQUESTS.incrementAndGet();
                    s.shutdownOutput();
                } catch (SocketTimeoutException e) {
                    // poll again until the server is closed
                } catch (IOException e) {
                    return;
                }
            }
        }, "loopback-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopServer() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
        server = null;
    }

    @Test
    void noScreenMakesARequestForMarkupInContentOrUserText() {
        var models = models();
        GuiActionRunner.execute(() -> {
            models.checklist().setNote(models.checklist().phases().get(0).items().get(0).id(), payload());
            models.interviews().save(null, new InterviewForm.Input(payload(), payload(), payload(), payload(), "",
                    "2026-11-20", "10:00", "Europe/Berlin", "", payload(), payload()));
            models.interviews().setProfile(payload(), "");
        });
        for (AppView view : AppView.values()) {
            GuiActionRunner.execute(() -> models.navigation().show(view));
            robot.waitForIdle();
        }
        for (Section section : GuiActionRunner.execute(() -> models.guide().sections())) {
            GuiActionRunner.execute(() -> models.navigation().openSection(section.id()));
            robot.waitForIdle();
        }
        GuiActionRunner.execute(() -> models.guide().setQuery("html"));
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            models.navigation().show(AppView.QUIZ);
            models.quiz().start(QuizMode.PRACTICE);
            models.quiz().toggleAt(0);
            models.quiz().submit();
        });
        robot.waitForIdle();
        GuiActionRunner.execute(() -> models.navigation().show(AppView.INTERVIEWS));
        robot.waitForIdle();
        GuiActionRunner.execute(() -> models.navigation().show(AppView.TODAY));
        robot.waitForIdle();

        // The control: the same markup in a label that opts back into HTML does reach the server.
        GuiActionRunner.execute(() -> {
            JLabel control = new JLabel();
            control.putClientProperty("html.disable", Boolean.FALSE);
            control.setText("<html><img src=http://127.0.0.1:" + server.getLocalPort() + "/control>");
            frame.getContentPane().add(control);
            frame.getContentPane().revalidate();
            return control.getPreferredSize();
        });
        pause(new Condition("the control label to fetch its image") {
            @Override
            public boolean test() {
                return REQUESTS.get() > 0;
            }
        }, timeout(10_000));
        assertThat(PATHS).as("requests made").allMatch(line -> line.contains("/control"));
    }
}
