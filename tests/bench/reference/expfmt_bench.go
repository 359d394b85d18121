// Times Prometheus's reference text parser (github.com/prometheus/common/expfmt TextParser, as
// Debian packages it) on an exposition file, for comparison with bench_exposition on the same
// bytes. Built in GOPATH mode by run.sh. Usage: expfmt_bench FILE [ITERATIONS]
package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/prometheus/common/expfmt"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: expfmt_bench FILE [ITERATIONS]")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	iterations := 5
	if len(os.Args) > 2 {
		iterations, _ = strconv.Atoi(os.Args[2])
	}
	best := time.Duration(1 << 62)
	samples := 0
	families := 0
	for i := 0; i < iterations; i++ {
		var parser expfmt.TextParser
		start := time.Now()
		parsed, err := parser.TextToMetricFamilies(bytes.NewReader(data))
		elapsed := time.Since(start)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parse error:", err)
			os.Exit(1)
		}
		if elapsed < best {
			best = elapsed
		}
		families = len(parsed)
		samples = 0
		for _, family := range parsed {
			samples += len(family.Metric)
		}
	}
	mb := float64(len(data)) / 1e6
	fmt.Printf("expfmt.TextParser: %.1f MB, %d families, %d metrics, best of %d: %v, %.1f MB/s\n",
		mb, families, samples, iterations, best, mb/best.Seconds())
}
