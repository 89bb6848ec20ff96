// Calling ecoreg from Go: one long-running `ecoreg serve --stdio` process, one JSON line per
// request, one JSON line back per request, in order. Standard library only:
//
//	cd examples/clients/go && go build -o ecoreg-client . && ./ecoreg-client
//
// with `ecoreg` on the PATH (pip install ecoreg). It decides the payment deadline of a decision
// received on 2026-09-16 and the fine of examples/requests/fine.json, and prints
//
//	payment-deadline last_day 2026-10-08
//	fine final 50000.00
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// A request line: the rule, and the request document (jurisdiction, decision date, input).
type request struct {
	ID           int    `json:"id"`
	Rule         string `json:"rule"`
	Jurisdiction string `json:"jurisdiction"`
	DecidedOn    string `json:"decided_on"`
	Input        any    `json:"input"`
}

// An answer line: the decision document, or an error document.
type answer struct {
	ID     int             `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// Client talks to one `ecoreg serve --stdio` process.
type Client struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	answers *bufio.Scanner
	next    int
}

// Start runs `ecoreg serve --stdio`.
func Start() (*Client, error) {
	cmd := exec.Command("ecoreg", "serve", "--stdio")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	answers := bufio.NewScanner(out)
	answers.Buffer(make([]byte, 1<<20), 1<<26)
	return &Client{cmd: cmd, in: in, answers: answers}, nil
}

// Decide sends one request and decodes the decision document into result.
func (c *Client) Decide(rule, jurisdiction, decidedOn string, input any, result any) error {
	c.next++
	line, err := json.Marshal(request{c.next, rule, jurisdiction, decidedOn, input})
	if err != nil {
		return err
	}
	if _, err := c.in.Write(append(line, '\n')); err != nil {
		return err
	}
	if !c.answers.Scan() {
		if err := c.answers.Err(); err != nil {
			return err
		}
		return errors.New("ecoreg serve --stdio closed without an answer")
	}
	var a answer
	if err := json.Unmarshal(c.answers.Bytes(), &a); err != nil {
		return err
	}
	if a.ID != c.next {
		return fmt.Errorf("answer %d to request %d", a.ID, c.next)
	}
	if a.Error != nil {
		return fmt.Errorf("ecoreg refused the %s request: %s", rule, a.Error)
	}
	return json.Unmarshal(a.Result, result)
}

// Close ends the input and waits for the process.
func (c *Client) Close() error {
	if err := c.in.Close(); err != nil {
		return err
	}
	return c.cmd.Wait()
}

// The parts of the decision documents this client reads (the schemas
// payment-deadline's "deadline" and "fine-decision" describe them whole).
type deadline struct {
	LastDay string `json:"last_day"`
}

type fineDecision struct {
	Outcome struct {
		Final string `json:"final"` // yuan as a decimal string, never a float
	} `json:"outcome"`
}

func run() error {
	client, err := Start()
	if err != nil {
		return err
	}
	var due deadline
	if err := client.Decide("payment-deadline", "CN", "2026-09-16",
		map[string]any{"received_on": "2026-09-16"}, &due); err != nil {
		return err
	}
	fmt.Println("payment-deadline last_day", due.LastDay)
	fineCase := map[string]any{
		"kind":               "monitoring.not-networked",
		"occurred_on":        "2026-01-05",
		"discovered_on":      "2026-02-01",
		"corrected_on":       "2026-02-10",
		"harm":               "slight",
		"notice_received_on": "2026-02-24",
		"apology_pledge":     map[string]any{"filed_on": "2026-03-04"},
	}
	var fine fineDecision
	if err := client.Decide("fine", "CN-GD-DG", "2026-03-10",
		map[string]any{"case": fineCase, "proposed": "100000"}, &fine); err != nil {
		return err
	}
	fmt.Println("fine final", fine.Outcome.Final)
	return client.Close()
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
