#!/usr/bin/env bash
# press_archive on a fresh Debian/Ubuntu machine:
#   ./dev.sh run    set up, then open the app on the default archive (created with sample data on first start)
#   ./dev.sh test   set up, then run the test suite
#   ./dev.sh setup  set up only (system libraries Qt needs, exiftool, the PostgreSQL server binaries the
#                   shared-archive tests start a throwaway cluster with, .venv with the package)
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libimage-exiftool-perl poppler-utils fonts-dejavu-core
  postgresql"

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for py in python3.13 python3.12 python3.11 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$py"; return 0
    fi
  done
  echo "press_archive needs Python 3.11 or newer" >&2; return 1
}

setup() {
  install_system_packages
  if [ ! -x .venv/bin/python ]; then
    "$(pick_python)" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test]"
}

case "${1:-run}" in
  setup) setup ;;
  run)
    setup
    shift || true
    # A newcomer's first start: the default archive, with the sample records to explore.
    if ! .venv/bin/press-archive list news --limit 1 >/dev/null 2>&1; then
      .venv/bin/press-archive init --sample
    fi
    exec .venv/bin/press-archive gui "$@" ;;
  test)
    setup
    shift || true
    exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: ./dev.sh [run|test|setup]" >&2; exit 2 ;;
esac
