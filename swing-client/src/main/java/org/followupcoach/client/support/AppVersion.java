package org.followupcoach.client.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Manifest;

/** The app's release version, as written into the jar manifest by the build. */
public final class AppVersion {

    private static final String DEVELOPMENT = "development";

    private AppVersion() {
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        if (v == null && AppVersion.class.getModule().isNamed()) {
            // The app-image links the jar as a module into its runtime, where packages carry no manifest attributes.
            try (InputStream in = AppVersion.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
                v = in == null ? null : new Manifest(in).getMainAttributes().getValue("Implementation-Version");
            } catch (IOException e) {
                v = null;
            }
        }
        return v == null ? DEVELOPMENT : v;
    }
}
