#!/usr/bin/env bash
# Builds the self-contained app folder: the app with its own trimmed Java runtime, no Java or install step needed on
# the target machine, zipped for copying to a locked-down PC or a USB stick.
#   scripts/build-app-image.sh          -> swing-client/target/dist/FollowUpCoach/ and FollowUpCoach-<os>.zip
# Needs a JDK 17+ with jpackage and jlink (the build machine's OS decides the image's OS).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -ntp package -DskipTests "$@"
dist=swing-client/target/dist
rm -rf "$dist"
mkdir -p "$dist/input"
cp swing-client/target/followup-coach.jar "$dist/input/"

# Modules from jdeps, plus java.logging for the log file; everything else is left out of the runtime.
modules=java.base,java.desktop,java.logging,java.sql,jdk.unsupported
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)

jpackage --type app-image \
    --name FollowUpCoach \
    --app-version "${version:-1.0.0}" \
    --input "$dist/input" \
    --main-jar followup-coach.jar \
    --main-class org.followupcoach.client.CoachApp \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" \
    --java-options "-Xmx256m" \
    --dest "$dist"

os=$(uname -s | tr '[:upper:]' '[:lower:]')
(cd "$dist" && rm -f "FollowUpCoach-$os.zip" && python3 -m zipfile -c "FollowUpCoach-$os.zip" FollowUpCoach)
du -sh "$dist/FollowUpCoach" "$dist/FollowUpCoach-$os.zip"
