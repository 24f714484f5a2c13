#!/bin/sh
# Renders an SVG written by `sco chart` to a PNG with headless Chromium, so that a person can look at it.
#
#   sco-examples/render-chart.sh CHART.svg [OUT.png]
#
# The browser is $CHROMIUM if set, else the first of chromium, chromium-browser, google-chrome on the PATH
# (Debian: apt-get install chromium). Exit codes: 0 written, 2 bad arguments, 3 no browser, 4 rendering failed.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 CHART.svg [OUT.png]" >&2
  exit 2
fi
svg=$1
png=${2:-${svg%.svg}.png}
if [ ! -f "$svg" ]; then
  echo "render-chart: no such file: $svg" >&2
  exit 2
fi

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
      browser=$(command -v "$candidate")
      break
    fi
  done
fi
if [ -z "$browser" ]; then
  echo "render-chart: no headless browser found (install the Debian package 'chromium' or set CHROMIUM)" >&2
  exit 3
fi

# the picture's size, from the root element's width and height attributes
width=$(sed -n 's/.*<svg[^>]* width="\([0-9]*\)".*/\1/p' "$svg" | head -n 1)
height=$(sed -n 's/.*<svg[^>]* height="\([0-9]*\)".*/\1/p' "$svg" | head -n 1)
width=${width:-1400}
height=${height:-800}

abs_svg=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
case "$png" in
  /*) abs_png=$png ;;
  *) abs_png=$(pwd)/$png ;;
esac
rm -f "$abs_png"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# --no-sandbox: Chromium refuses to start as root (containers, CI) without it
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$profile" --window-size="$width,$height" \
  --screenshot="$abs_png" "file://$abs_svg" >/dev/null 2>&1 || true

if [ ! -s "$abs_png" ]; then
  echo "render-chart: $browser did not write $abs_png" >&2
  exit 4
fi
echo "$abs_png"
