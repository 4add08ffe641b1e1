#!/bin/sh
# Every page at 375 and 1366 px, light and dark, as PNGs in target/screenshots (needs chromium and
# chromium-driver), and of states a page load alone does not show (the offline banner, the add page's live search
# and "Added … · Undo", the barcode scan page with and without a camera).
# Usage: scripts/screenshots.sh [extra Maven arguments, e.g. -o for offline]
# Only some pictures: -Dopenplate.screenshots.only=REGEX, matched against the file names, e.g. 'offline|scan'.
set -eu
cd "$(dirname "$0")/.."
out="$(pwd)/target/screenshots"
rm -rf "$out"
./mvnw -B -ntp "$@" verify -Dit.test=ScreenshotGalleryBrowserIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dopenplate.browser.required=true -Dopenplate.screenshots="$out"
echo "Screenshots in $out"
