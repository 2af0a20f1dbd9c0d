#!/usr/bin/env bash
# Cold start and warm overhead of the Lambda `bootstrap`, on this machine:
#  - process start -> first response posted to a loopback Runtime API, median over RUNS runs, for the Native AOT
#    binary and the same project run JIT (`dotnet bootstrap.dll`), with the bundled dataset in memory and with
#    DynamoDB (dynalite, Millbrook published into it) behind the store;
#  - one warm AOT process answering WARM events in turn: the loop's own time beyond the handler (µs), peak RSS;
#  - the size of `bootstrap`.
# Usage: bench/lambda-cold-start/run.sh [runs, default 20] [warm events, default 2000]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-20}"
warm="${2:-2000}"
out="$root/artifacts/bench/lambda-cold-start"

command -v clang >/dev/null || { echo "clang is required for Native AOT (apt-get install -y clang zlib1g-dev)" >&2; exit 1; }
echo "publishing bootstrap: Native AOT (linux-x64) and JIT ..." >&2
dotnet publish "$root/src/Elections.Bots.Lambda" -c Release -r linux-x64 -o "$out/aot" -nologo -v quiet >/dev/null
dotnet publish "$root/src/Elections.Bots.Lambda" -c Release -p:PublishAot=false -o "$out/jit" -nologo -v quiet >/dev/null
dotnet build -c Release "$here/dotnet/ColdStart.csproj" -nologo -v quiet >/dev/null

"$here/dotnet/bin/Release/net10.0/ColdStart" \
  --aot "$out/aot/bootstrap" --jit "$out/jit/bootstrap.dll" \
  --event "$root/test/Elections.Bots.Lambda.Tests/Events/web-fulfillment-polling-place.json" \
  --data "$root/samples/millbrook" --runs "$runs" --warm "$warm"
