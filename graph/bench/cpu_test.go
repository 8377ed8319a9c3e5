package bench

import (
	"math"
	"os"
	"testing"
)

func TestParseStatCPU(t *testing.T) {
	tests := []struct {
		name string
		stat string
		want float64
		bad  bool
	}{
		{"plain", "7246 (java) S 1 7240 7240 0 -1 4194560 1000 0 0 0 1234 56 0 0 20 0 80 0 1000", 12.90, false},
		{"spaces and parens in the name", "42 (a (b) c) R 1 42 42 0 -1 0 0 0 0 0 100 50 0 0 20 0 1 0 9", 1.5, false},
		{"truncated", "42 (x) R 1 2 3", 0, true},
		{"no name", "42 x R", 0, true},
		{"not a number", "42 (x) R 1 42 42 0 -1 0 0 0 0 0 a 50 0 0", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseStatCPU(tc.stat)
			if tc.bad {
				if err == nil {
					t.Fatalf("parseStatCPU = %v, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("parseStatCPU = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestProcessCPUSelf(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	before, err := processCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	x := 0
	for i := 0; i < 200_000_000; i++ {
		x += i & 3
	}
	after, err := processCPU(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if after <= before || x == 0 {
		t.Errorf("cpu time did not grow while spinning: %v -> %v", before, after)
	}
}
