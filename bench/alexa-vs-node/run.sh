#!/usr/bin/env bash
# Side by side, in one run: the C# skill (AlexaFunction on the engine and the in-memory Millbrook store) and
# the Alexa Skills Kit SDK for Node.js (ask-sdk-core) answering the same NextElection IntentRequest from
# in-memory data. Each side is one process answering one request after another on one thread: parse, handle,
# serialize. The two alternate for ROUNDS rounds so that a busy machine hurts both alike; the best round of
# each side is compared, by requests per wall-clock second, per CPU second, and by median latency.
# Usage: bench/alexa-vs-node/run.sh [seconds per round, default 5] [rounds, default 3]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-5}"
rounds="${2:-3}"
request="$here/next-election.json"
dataset="$root/samples/millbrook"

command -v node >/dev/null || { echo "node is required" >&2; exit 1; }
if [ ! -d "$here/node/node_modules/ask-sdk-core" ]; then
  (cd "$here/node" && npm ci --no-audit --no-fund --silent)
fi
dotnet build -c Release "$here/dotnet/AlexaThroughput.csproj" -nologo -v quiet >/dev/null
dotnet_probe="$here/dotnet/bin/Release/net10.0/AlexaThroughput"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for round in $(seq 1 "$rounds"); do
  "$dotnet_probe" "$request" "$dataset" "$seconds" | tee -a "$results"
  (cd "$here/node" && node skill.js "$request" "$dataset" "$seconds") | tee -a "$results"
done

python3 - "$results" <<'PY'
import json, sys
runs = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
def best(runtime, key, pick):
    return pick(r[key] for r in runs if r["runtime"] == runtime)
rows = [
    ("requests/s (wall clock, best round)", "requestsPerSecond", max, True),
    ("requests/s (per CPU second, best round)", "requestsPerCpuSecond", max, True),
    ("median latency, µs (best round)", "medianMicroseconds", min, False),
]
print()
print(f"{'':42} {'C#':>12} {'ask-sdk-core':>14} {'C# / Node':>10}")
for label, key, pick, higher in rows:
    cs, node = best("dotnet", key, pick), best("node", key, pick)
    ratio = cs / node if higher else node / cs
    print(f"{label:42} {cs:>12,.2f} {node:>14,.2f} {ratio:>9.2f}x")
print(f"{'bytes allocated per request (C#)':42} {best('dotnet', 'bytesPerRequest', min):>12,.0f}")
PY
