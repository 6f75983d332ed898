#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/Marsad.Tests/Web/Browser*) when it is missing. Playwright's own
# browser download cannot work offline; the tests point Playwright at /usr/bin/chromium instead.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
