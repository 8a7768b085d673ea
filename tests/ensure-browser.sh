#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium, a CJK font and unzip; installs them with apt-get when it can.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chrome" ] || need+=(chromium)
# Capture first: with pipefail, grep -q closing the pipe early would fail the check.
fonts=$(fc-list : family 2>/dev/null || true)
grep -qiE 'CJK|WenQuanYi|Noto Sans SC' <<<"$fonts" || need+=(fonts-noto-cjk)
# Info-ZIP's unzip reads the 导出全部 zip as officials' unzip tools do (tests/polish.e2e.ts).
command -v unzip >/dev/null || need+=(unzip)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-browser: installing ${need[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "ensure-browser: missing ${need[*]}. Install them, e.g. 'sudo apt-get install -y chromium fonts-noto-cjk'," >&2
echo "or point CHROME_PATH at a Chromium binary." >&2
exit 1
