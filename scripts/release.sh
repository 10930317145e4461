#!/usr/bin/env bash
# Cuts a release: sets VERSION in every module, runs every test, builds the runnable jar and the app-image zip, and
# writes their SHA-256 sums. Commit and tag are left to you, so a failed step never leaves a half-made tag behind.
#   scripts/release.sh 1.0.0        -> swing-client/target/release/1.0.0/{followup-coach-1.0.0.jar, FollowUpCoach-1.0.0-<os>.zip, SHA256SUMS}
#   SKIP_TESTS=1 scripts/release.sh 1.0.1   (a rebuild of artefacts already tested)
# Needs what the README's two commands need, plus jpackage (any JDK 17+) for the image; on Linux without a display the
# tests and the image's training run use xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "Usage: scripts/release.sh MAJOR.MINOR.PATCH (for example 1.0.0)" >&2
    exit 2
fi
if ! grep -q "^## \[$version\]" CHANGELOG.md; then
    echo "CHANGELOG.md has no section '## [$version]': write what this release brings first." >&2
    exit 2
fi

mvn -B -ntp -q versions:set -DnewVersion="$version"

run=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    run=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
if [ -z "${SKIP_TESTS:-}" ]; then
    "${run[@]}" mvn -B -ntp verify
fi
scripts/build-app-image.sh

os=$(uname -s | tr '[:upper:]' '[:lower:]')
out="swing-client/target/release/$version"
rm -rf "$out"
mkdir -p "$out"
cp swing-client/target/followup-coach.jar "$out/followup-coach-$version.jar"
cp swing-client/target/dist/FollowUpCoach-*.zip "$out/FollowUpCoach-$version-$os.zip"
(cd "$out" && sha256sum -- *.jar *.zip > SHA256SUMS)

reported=$(java -jar "$out/followup-coach-$version.jar" --version)
case "$reported" in
    *" $version "*) ;;
    *) echo "The jar reports '$reported', not version $version." >&2; exit 1 ;;
esac
cat "$out/SHA256SUMS"
echo "Release $version is in $out. Next: git commit -am 'Release $version' && git tag v$version"
