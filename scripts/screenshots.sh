#!/usr/bin/env bash
# Regenerates the README screenshots under docs/: every view in light, dark and high-contrast theme, at 200 % text in
# a 1024x768 window (light and high contrast), by running the app's scripted session under Xvfb
# with -Dfollowupcoach.shots. Fails if the run found text cut off on any screen.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=swing-client/target/followup-coach.jar
[ -f "$jar" ] || mvn -B -q -ntp package -DskipTests
mkdir -p docs
seed() { # theme scale -> a data folder whose progress has a little history to show
    local dir; dir=$(mktemp -d)
    cat > "$dir/progress.json" <<JSON
{"schemaVersion": 1, "sectionsRead": ["key-takeaways", "hr-preferences", "when-to-call"],
 "checkedItems": ["resume-in-front", "references-ready", "quiet-private-spot"],
 "ui": {"theme": "$1", "scalePercent": $2, "welcomed": true,
        "window": {"x": 0, "y": 0, "width": ${3:-1280}, "height": ${4:-800}, "maximized": false}},
 "profile": {"name": "Sam Rivera", "phone": "+1 555 010 0123"},
 "interviews": [{"id": "iv-1", "company": "Northwind Analytics", "role": "Junior Data Analyst",
   "interviewerName": "Ms. Patel", "interviewerTitle": "Head of Data", "phone": "+1 555 010 0199",
   "interviewAt": "2026-11-20T10:00", "interviewerZone": "America/New_York", "keyQualifications": "SQL, dashboards",
   "wishISaid": "My churn analysis project", "archived": false,
   "attempts": [{"at": "2026-11-23T14:00:00Z", "outcome": "VOICEMAIL", "note": "Went to voicemail"}]}]}
JSON
    echo "$dir"
}
shoot() { # theme scale suffix [width height]
    local data out
    data=$(seed "$1" "$2" "${4:-}" "${5:-}")
    out=$(mktemp -d)
    xvfb-run -a -s "-screen 0 ${4:-1280}x${5:-800}x24" java -Dfollowupcoach.smoke="$out/report.txt" \
        -Dfollowupcoach.shots="$out" -jar "$jar" --data-dir "$data" >/dev/null 2>&1
    for f in "$out"/*.png; do cp "$f" "docs/$(basename "$f" .png)-$3.png"; done
    # The run notes any text it finds cut off on a screen (ClippedText); such a screenshot is not good enough.
    if grep -q '^clipped' "$out/report.txt"; then
        echo "Cut-off text in the $3 screenshots:" >&2
        grep '^clipped' "$out/report.txt" >&2
        clipped=1
    fi
    rm -rf "$data" "$out"
}
clipped=0
shoot LIGHT 100 light
shoot DARK 100 dark
shoot HIGH_CONTRAST 100 high-contrast
shoot LIGHT 200 light-200 1024 768
shoot HIGH_CONTRAST 200 high-contrast-200 1024 768
ls docs/*.png | wc -l
exit $clipped
