#!/usr/bin/env bash
# Fuzzes Marsad's readers and text stages (see tools/Marsad.Fuzz/Harnesses.cs) for a fixed budget.
#   bash tools/Marsad.Fuzz/run.sh [INPUTS=1000000] [SECONDS_PER_HARNESS=600] [AFL_SECONDS=0]
# 1. The deterministic mutation driver: every harness on its seeds and then INPUTS mutations (or SECONDS_PER_HARNESS,
#    whichever ends first), 2 s per input at most; prints inputs run, crashes and hangs per harness.
# 2. With AFL_SECONDS > 0 and afl-fuzz installed (Debian: apt-get install afl++): SharpFuzz's coverage-guided run of
#    each harness for AFL_SECONDS under afl-fuzz, on a copy of Marsad.dll instrumented by the sharpfuzz tool.
# Crash and hang inputs are saved under fuzz-out/; each one found becomes a test (tests/Marsad.Tests/Fuzz).
set -euo pipefail
cd "$(dirname "$0")/../.."
inputs=${1:-1000000}
seconds=${2:-600}
afl_seconds=${3:-0}
harnesses=(decoder jsonl gzip html normalizer text time)
out=fuzz-out

dotnet build -c Release tools/Marsad.Fuzz -v q -nologo >/dev/null
bin=tools/Marsad.Fuzz/bin/Release/net10.0
status=0
for h in "${harnesses[@]}"; do
  dotnet "$bin/Marsad.Fuzz.dll" mutate "$h" --inputs "$inputs" --seconds "$seconds" --out "$out" || status=1
done

if [ "$afl_seconds" -gt 0 ]; then
  if ! command -v afl-fuzz >/dev/null; then
    echo "afl-fuzz is not installed (apt-get install afl++): coverage-guided run skipped" >&2
  else
    tools=$out/tools
    [ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
    afl_bin=$out/afl-bin
    rm -rf "$afl_bin" && cp -r "$bin" "$afl_bin"
    "$tools/sharpfuzz" "$afl_bin/Marsad.dll" >/dev/null
    for h in "${harnesses[@]}"; do
      mkdir -p "$out/afl-in/$h"
      dotnet "$bin/Marsad.Fuzz.dll" seeds "$h" "$out/afl-in/$h"
      AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
        timeout $((afl_seconds + 30)) afl-fuzz -V "$afl_seconds" -t 5000 -m none -i "$out/afl-in/$h" -o "$out/afl-out/$h" \
        -- dotnet "$afl_bin/Marsad.Fuzz.dll" afl "$h" >"$out/afl-$h.log" 2>&1 || true
      stats=$out/afl-out/$h/default/fuzzer_stats
      if [ -f "$stats" ]; then
        echo "afl $h: $(grep -E '^(execs_done|saved_crashes|saved_hangs|corpus_count)' "$stats" | tr -s ' ' | tr '\n' ' ')"
        if [ "$(awk '/^saved_crashes/ {print $3}' "$stats")" != "0" ] || [ "$(awk '/^saved_hangs/ {print $3}' "$stats")" != "0" ]; then status=1; fi
      else
        echo "afl $h: did not start, see $out/afl-$h.log" >&2
      fi
    done
  fi
fi
exit $status
