#!/usr/bin/env bash
# Starts Sightline in a virtual X display and saves a screenshot of the window.
#   scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [-- sightline arguments...]
# e.g. scripts/screenshot.sh /tmp/shot.png 1280x720 -- --example omgevingsvergunning
# Needs: xvfb xauth imagemagick x11-utils xdotool (Debian packages). Uses target/debug/sightline
# unless SIGHTLINE is set. KEYS="ctrl+shift+e Tab click:20,12 type:/tmp/x.json" presses keys
# (xdotool names), clicks at a point, scrolls down n notches at a point (scroll:X,Y:N) or types
# text, in order, before the shot.
set -euo pipefail
out=${1:?usage: screenshot.sh OUT.png [WxH] [-- args...]}; shift
size=1920x1080
if [[ $# -gt 0 && $1 != -- ]]; then size=$1; shift; fi
[[ $# -gt 0 && $1 == -- ]] && shift
bin=${SIGHTLINE:-target/debug/sightline}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
# A private HOME keeps this run's preferences away from the user's.
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config DISPLAY=$display "$bin" "$@" &
app=$!
# Wait for the window, then make it fill the screen.
for _ in $(seq 1 100); do
  win=$(DISPLAY=$display xdotool search --name Sightline 2>/dev/null | head -n1 || true)
  [[ -n $win ]] && break
  sleep 0.2
done
[[ -n ${win:-} ]] || { echo "screenshot.sh: no Sightline window appeared" >&2; exit 1; }
DISPLAY=$display xdotool windowmove "$win" 0 0 windowsize "$win" "${size%x*}" "${size#*x}"
sleep "${SETTLE:-2}"
for key in ${KEYS:-}; do
  case $key in
    click:*) xy=${key#click:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
    scroll:*) spec=${key#scroll:}; xy=${spec%:*}; n=${spec##*:}
      DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" click --repeat "$n" --delay 30 5 ;;
    type:*) DISPLAY=$display xdotool windowfocus --sync "$win" type --delay 20 "${key#type:}" ;;
    *) DISPLAY=$display xdotool windowfocus --sync "$win" key "$key" ;;
  esac
  sleep 0.7
done
DISPLAY=$display import -window root "$out"
echo "$out"
