package bench

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// clockTicks is the unit of the CPU times in /proc/<pid>/stat (USER_HZ),
// 100 on Linux on every architecture Go supports.
const clockTicks = 100

// processCPU returns the user plus system CPU time, in seconds, that
// process pid has used so far (fields 14 and 15 of /proc/<pid>/stat).
func processCPU(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("server cpu: %w", err)
	}
	return parseStatCPU(string(b))
}

// parseStatCPU reads utime and stime from the text of /proc/<pid>/stat. The
// command name (field 2) is in parentheses and may hold spaces, so fields
// are counted from the last ')'.
func parseStatCPU(stat string) (float64, error) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("server cpu: malformed stat %q", stat)
	}
	// After ")" come field 3 (state) onwards: utime is field 14, stime 15.
	f := strings.Fields(stat[i+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("server cpu: stat has %d fields after the command", len(f))
	}
	var ticks float64
	for _, s := range f[11:13] {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, fmt.Errorf("server cpu: field %q: %w", s, err)
		}
		ticks += v
	}
	return ticks / clockTicks, nil
}

// loadAverage returns the 1-minute load average, or 0 where /proc is not
// available.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// selfCPU returns the user plus system CPU time this process has used, in
// seconds, or 0 where getrusage is not available.
func selfCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// serverCPUSince returns the CPU seconds process pid used since it had
// used cpu0, and that time per 10,000 relationships created (0 without
// relationships).
func serverCPUSince(pid int, cpu0 float64, rels int) (secs, per10k float64, err error) {
	cpu1, err := processCPU(pid)
	if err != nil {
		return 0, 0, err
	}
	secs = cpu1 - cpu0
	if rels > 0 {
		per10k = secs / float64(rels) * 10000
	}
	return secs, per10k, nil
}
