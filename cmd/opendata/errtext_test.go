package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Every message that badf and usagef make has a Kazakh and a Russian
// text with the same verbs, in the same order.
func TestEveryMessageTranslated(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			id, ok := call.Fun.(*ast.Ident)
			if !ok || (id.Name != "badf" && id.Name != "usagef") {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: %s with a format that is not a literal", fset.Position(call.Pos()), id.Name)
				return true
			}
			format, _ := strconv.Unquote(lit.Value)
			n++
			tr, ok := errorText[format]
			if !ok {
				t.Errorf("%s: no translation of %q", fset.Position(call.Pos()), format)
				return true
			}
			for i, s := range tr {
				if verbs(s) != verbs(format) {
					t.Errorf("%q: translation %d has verbs %q, want %q", format, i, verbs(s), verbs(format))
				}
			}
			return true
		})
	}
	if n < 50 {
		t.Errorf("found only %d messages; is the scan broken?", n)
	}
}

// verbs returns the formatting verbs of a format, in order.
func verbs(format string) string {
	var b strings.Builder
	for i := 0; i < len(format)-1; i++ {
		if format[i] == '%' {
			b.WriteString(format[i : i+2])
			i++
		}
	}
	return b.String()
}
