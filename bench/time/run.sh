#!/usr/bin/env bash
# Time benchmark: Marsad vs Python dateparser on tests/Marsad.Tests/Time/timex-testset.tsv, one table.
# Installs Debian's python3-dateparser for the system Python if it is missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! /usr/bin/python3 -c "import dateparser" 2>/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y python3-dateparser || { $SUDO apt-get update && $SUDO apt-get install -y python3-dateparser; }
fi

dotnet run -c Release --project bench/Marsad.Bench -- time "$@"
