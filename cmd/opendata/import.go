package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/register/orderimport"
)

func (a *app) importCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "import FILE|-",
		Short: "Make a register from the text of an order",
		Long: `Read the text of an order that approves a list of open data sets, as it is
published (tab-separated rows, in Kazakh or Russian), and write a register
of the shape --register reads, to stdout or to -o FILE.

Rows whose period or deadline cannot be read are still imported with the
act's words kept and the field left empty; each is reported on stderr
(row, cell, why) and the exit status is 1, so that a person can finish the
file by hand; "opendata validate" then points at what is left.`,
		Example: "  opendata import order.txt -o register.yaml\n  opendata import - < order.txt",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runImport(args[0], out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the register to `FILE` instead of stdout")
	return cmd
}

func (a *app) runImport(in, out string) error {
	name, data, err := a.readInput(in)
	if err != nil {
		return err
	}
	res, err := orderimport.Import(name, data)
	if err != nil {
		return badf("%v", err)
	}
	if out == "" {
		_, err = a.stdout.Write(res.YAML)
	} else {
		err = export.WriteFile(out, func(w io.Writer) error {
			_, err := w.Write(res.YAML)
			return err
		})
	}
	if err != nil {
		return badf("%v", err)
	}
	for _, p := range res.Problems {
		fmt.Fprintln(a.env.Stderr, p.String())
	}
	if len(res.Problems) > 0 {
		return &checkFailed{msg: fmt.Sprintf("opendata: %d cells to finish by hand", len(res.Problems))}
	}
	return nil
}

// readInput reads a named file, or stdin for "-", up to the size limit.
func (a *app) readInput(in string) (string, []byte, error) {
	var r io.Reader = a.env.Stdin
	name := "stdin"
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return "", nil, badf("%v", err)
		}
		defer f.Close()
		r, name = f, in
	}
	data, err := io.ReadAll(io.LimitReader(r, register.MaxFileSize+1))
	if err != nil {
		return "", nil, badf("%s: %v", name, err)
	}
	if len(data) > register.MaxFileSize {
		return "", nil, badf("%s: more than the limit of %d bytes", name, register.MaxFileSize)
	}
	return name, data, nil
}
