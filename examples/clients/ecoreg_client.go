// Calling ecoreg from Go: one long-running `ecoreg serve --stdio` process, one JSON line per
// request, one JSON line back per request, in order. Build with `go build ecoreg_client.go`.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os/exec"
)

type request struct {
	ID           int            `json:"id"`
	Rule         string         `json:"rule"`
	Jurisdiction string         `json:"jurisdiction"`
	DecidedOn    string         `json:"decided_on"`
	Input        map[string]any `json:"input"`
}

type response struct {
	ID     int             `json:"id"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  json.RawMessage `json:"error,omitempty"`
}

func main() {
	cmd := exec.Command("ecoreg", "serve", "--stdio")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	lines := bufio.NewScanner(out)
	lines.Buffer(make([]byte, 1<<20), 1<<26)
	req := request{ID: 1, Rule: "payment-deadline", Jurisdiction: "CN", DecidedOn: "2026-09-16",
		Input: map[string]any{"received_on": "2026-09-16"}}
	line, _ := json.Marshal(req)
	in.Write(append(line, '\n'))
	in.Close()
	for lines.Scan() {
		var r response
		if err := json.Unmarshal(lines.Bytes(), &r); err != nil {
			panic(err)
		}
		fmt.Printf("%d %s%s\n", r.ID, r.Result, r.Error)
	}
	cmd.Wait()
}
