#!/bin/sh
# Every page at 375 and 1366 px, light and dark, as PNGs in target/screenshots (needs chromium and
# chromium-driver). Usage: scripts/screenshots.sh [extra Maven arguments, e.g. -o for offline]
set -eu
cd "$(dirname "$0")/.."
out="$(pwd)/target/screenshots"
rm -rf "$out"
./mvnw -B -ntp "$@" verify -Dit.test=ScreenshotGalleryBrowserIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dopenplate.browser.required=true -Dopenplate.screenshots="$out"
echo "Screenshots in $out"
