#!/bin/sh
# Times whole runs of opendata beside a minimal cobra program and remind(1),
# for the Performance section of the README. Needs hyperfine, remind and
# GNU time (Debian: apt-get install hyperfine remind time). Run it from the
# repository's root:
#
#	sh testdata/bench/process.sh
#
# It builds into a temporary directory and leaves nothing behind.
set -eu

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs=${RUNS:-500}

go build -o "$tmp/opendata" ./cmd/opendata

# The smallest cobra program: one command that prints a word.
mkdir "$tmp/mincobra"
cat >"$tmp/mincobra/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "mincobra"}
	root.AddCommand(&cobra.Command{Use: "hello", RunE: func(cmd *cobra.Command, _ []string) error {
		fmt.Fprintln(cmd.OutOrStdout(), "hello")
		return nil
	}})
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
EOF
cobra=$(go list -m -f '{{.Version}}' github.com/spf13/cobra)
(cd "$tmp/mincobra" && go mod init mincobra >/dev/null 2>&1 &&
	go get "github.com/spf13/cobra@$cobra" >/dev/null 2>&1 && go build -o ../mincobra-bin .)

for n in 1000 10000; do
	go test ./register -run WriteSynthetic -synthetic "$tmp/synthetic-$n.yaml" -synthetic.n $n >/dev/null
done

od="$tmp/opendata"
rem=testdata/bench/order113-2017.rem
set -- \
	"$tmp/mincobra-bin hello" \
	"$od version" \
	"$od due --month --today 2017-04-01" \
	"$od due --year 2017 --format json --today 2017-01-01" \
	"remind -n $rem 2017-01-01" \
	"remind -s12 $rem 2017-01-01" \
	"$od due --register $tmp/synthetic-1000.yaml --year 2017 --format json --today 2017-01-01" \
	"$od due --register $tmp/synthetic-10000.yaml --year 2017 --format json --today 2017-01-01"

# The commands take turns, in rounds, so that a change in the machine's
# load while the script runs falls on all of them alike.
rounds=${ROUNDS:-10}
for r in $(seq "$rounds"); do
	hyperfine -N --warmup 10 --runs $((runs / rounds)) --export-json "$tmp/runs-$r.json" "$@" >/dev/null 2>&1
done

# Median and fastest run of each command over all rounds, in
# milliseconds, and its peak resident memory in one more run.
python3 - "$tmp"/runs-*.json <<'EOF' | while IFS='|' read -r cmd line; do
import json, statistics, sys
times = {}
for f in sys.argv[1:]:
    for r in json.load(open(f))["results"]:
        times.setdefault(r["command"], []).extend(r["times"])
for cmd, t in times.items():
    print("%s|%8.2f ms median %8.2f ms min %6d runs" % (cmd, statistics.median(t) * 1e3, min(t) * 1e3, len(t)))
EOF
	rss=$(/usr/bin/time -f %M $cmd 2>&1 >/dev/null | tail -1)
	printf '%s %7d KB  %s\n' "$line" "$rss" "$(echo "$cmd" | sed "s|$tmp/||g")"
done
