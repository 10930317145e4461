#!/usr/bin/env bash
# Builds the self-contained app folder: the app with its own trimmed Java runtime, no Java or install step needed on
# the target machine, zipped for copying to a locked-down PC or a USB stick.
#   scripts/build-app-image.sh              -> swing-client/target/dist/FollowUpCoach/ and FollowUpCoach-<os>.zip
#   NO_APPCDS=1 scripts/build-app-image.sh  the same without the AppCDS archive (no training run, no display needed)
# Needs a JDK 17+ with jpackage and jlink (the build machine's OS decides the image's OS). The AppCDS training run opens
# the app's window: on Linux without a display it runs under xvfb-run (Debian package xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -ntp package -DskipTests "$@"
dist=swing-client/target/dist
rm -rf "$dist"
mkdir -p "$dist/modules" "$dist/build"

# The runnable jar becomes one named module that jlink puts inside the runtime image, because an AppCDS archive on
# Java 17 only works for app classes at exactly the path they were archived from, and people unzip the folder anywhere;
# classes inside the runtime image are found wherever it is. The module is open (Swing, FlatLaf and Gson reach into it
# by reflection and load its resources by name) and declares the service FlatLaf looks up.
cat > "$dist/build/module-info.java" <<'EOF'
open module org.followupcoach.app {
    requires java.desktop;
    requires java.logging;
    requires java.sql;
    requires jdk.unsupported;
    uses com.formdev.flatlaf.FlatDefaultsAddon;
}
EOF
cp swing-client/target/followup-coach.jar "$dist/modules/"
javac --release 17 --patch-module org.followupcoach.app="$dist/modules/followup-coach.jar" -d "$dist/build" \
    "$dist/build/module-info.java"
jar --update --file "$dist/modules/followup-coach.jar" -C "$dist/build" module-info.class

# Modules from jdeps, plus java.logging for the log file; everything else is left out of the runtime.
modules=java.base,java.desktop,java.logging,java.sql,jdk.unsupported
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)

# JVM options for a small interactive app on a slow laptop, measured with bench/startup.sh:
#  - C1 only (TieredStopAtLevel=1): compiles quickly and leaves the second core to the app, where C2 competes with the
#    window for the CPU during start-up; nothing in the app runs long enough to need C2's code;
#  - SerialGC with a small young generation: a heap of a few dozen MB needs no concurrent collector, and touching less
#    memory keeps the resident size down (6 MB young: 4 MB less than 12 MB over the smoke session; pauses stay in
#    single-digit milliseconds);
#  - the heap's ceiling (-Xmx) from the progress loader's bound, not from a guess: loading takes at most
#    ProgressStore.LOAD_HEAP_MULTIPLE (8) times the file's size and the loader refuses files over MAX_BYTES (32 MB),
#    so 256 MB for the largest file it accepts, plus 128 MB for the app itself and a margin. Only the
#    ceiling changes: the heap starts at 24 MB and grows only as far as it is used, so start-up and the resident size
#    of a normal session are as before. With -Xmx256m a valid 33 MB file ran out of memory while loading;
#  - no perf data: nothing is written to /tmp/hsperfdata_<user>, so the app writes only to its data folder;
#  - CDS archives mapped where they were dumped (ArchiveRelocationMode=0, the JDK 17 default until an update made
#    relocation the default): relocating means rewriting every pointer in both archives before main, 14 ms of the
#    JVM's 40 ms start here. It gives up address randomisation of the class metadata, a hardening against memory
#    corruption exploits that matters little for an offline app reading only its own and coaches' JSON;
#  - MigLayout's constraint parser (one 3.5 kB method) left to the interpreter: compiling it with everything it inlines
#    took C1 ~5 MB of scratch memory that the JVM keeps for a while, 4-5 MB of peak resident size (90 -> 86 MB) for a
#    method that runs once per component added. "quiet" keeps the JVM from announcing the command on stdout.
# jlink's base CDS archive (--generate-cds-archive) holds the JDK classes; the module image stays uncompressed, which
# loads faster and zips smaller than jlink's own compression.
jpackage --type app-image \
    --name FollowUpCoach \
    --app-version "${version:-1.0.0}" \
    --module-path "$dist/modules" \
    --module org.followupcoach.app/org.followupcoach.client.CoachApp \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive" \
    --java-options "-Xmx384m -Xms24m -Xmn6m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1" \
    --java-options "-XX:ReservedCodeCacheSize=48m -XX:-UsePerfData" \
    --java-options "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0" \
    --java-options "-XX:CompileCommand=quiet -XX:CompileCommand=exclude,net/miginfocom/layout/ConstraintParser.parseComponentConstraint" \
    --dest "$dist"
rm -rf "$dist/modules" "$dist/build"

image="$dist/FollowUpCoach"
case "$(uname -s)" in
    Darwin) app="$image/Contents/app"; launcher="$image/Contents/MacOS/FollowUpCoach" ;;
    Linux) app="$image/lib/app"; launcher="$image/bin/FollowUpCoach" ;;
    *) app="$image/app"; launcher="$image/FollowUpCoach.exe" ;;
esac
# On Linux jpackage's launcher asks rpm and dpkg about itself on every start (~150 ms on Debian); a small shell
# launcher reading the same config starts the bundled runtime instead (scripts/linux-launcher.sh).
if [ "$(uname -s)" = Linux ]; then
    install -m 755 scripts/linux-launcher.sh "$launcher"
    rm -f "$image/lib/libapplauncher.so"
fi
# The archive for heaps over 32 GB (no compressed pointers) is never used with -Xmx384m.
find "$image" -name classes_nocoops.jsa -delete
# Debian's JDK ships its native libraries with symbol tables; the JVM needs only the dynamic ones (-1.3 MB zipped).
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null 2>&1; then
    find "$image/lib/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

# AppCDS: a training run of the scripted smoke session (every view) records the classes the app loads into an archive
# beside the launcher config; later starts map them instead of loading, verifying and linking them again.
if [ -z "${NO_APPCDS:-}" ]; then
    train=$(mktemp -d)
    run=("$launcher" --data-dir "$train/data")
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
        run=(xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}")
    fi
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/followup-coach.jsa -Dfollowupcoach.smoke=$train/report.txt" \
        timeout 180 "${run[@]}" >/dev/null 2>&1 || true
    if [ -s "$train/report.txt" ] && [ -s "$app/followup-coach.jsa" ]; then
        # A missing or unusable archive is skipped silently by the JVM (-Xshare:auto), so the app starts regardless.
        echo 'java-options=-XX:SharedArchiveFile=$APPDIR/followup-coach.jsa' >> "$app/FollowUpCoach.cfg"
    else
        rm -f "$app/followup-coach.jsa"
        echo "warning: the AppCDS training run did not complete; the image has no AppCDS archive" >&2
    fi
    rm -rf "$train"
fi

os=$(uname -s | tr '[:upper:]' '[:lower:]')
(cd "$dist" && rm -f "FollowUpCoach-$os.zip" && python3 -m zipfile -c "FollowUpCoach-$os.zip" FollowUpCoach)
du -sh "$image" "$dist/FollowUpCoach-$os.zip"
