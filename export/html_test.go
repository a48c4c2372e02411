package export

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"opendata/schedule"
)

// plannerGolden is the planner of 2017 in Kazakh, the language the
// command writes by default; go test -update rewrites it.
var plannerGolden = filepath.Join("..", "testdata", "golden", "planner-2017.html")

func planner2017(t *testing.T) []byte {
	t.Helper()
	c, occ := gridFixture(t, schedule.Kazakh)
	var b bytes.Buffer
	if err := c.Planner(&b, 2017, occ); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPlannerGolden(t *testing.T) {
	got := planner2017(t)
	if *update {
		if err := os.WriteFile(plannerGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(plannerGolden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the planner differs from %s; run go test -update and review the diff", plannerGolden)
	}
}

// The planner is well-formed HTML that needs nothing from outside: every
// element that is opened is closed in order, and there are no scripts and
// no links to other resources.
func TestPlannerWellFormed(t *testing.T) {
	for _, lang := range schedule.Languages {
		c, occ := gridFixture(t, lang)
		var b bytes.Buffer
		if err := c.Planner(&b, 2017, occ); err != nil {
			t.Fatal(err)
		}
		if err := checkTags(b.Bytes()); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
}

// voidElements have no end tag.
var voidElements = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true, "wbr": true}

// checkTags tokenizes page and reports the first tag out of order, a
// script, or an attribute that would fetch something.
func checkTags(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	var open []string
	for {
		tt := z.Next()
		tok := z.Token()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(open) > 0 {
				return fmt.Errorf("unclosed at the end: %v", open)
			}
			return nil
		case html.StartTagToken:
			if tok.Data == "script" || tok.Data == "link" || tok.Data == "img" || tok.Data == "iframe" {
				return fmt.Errorf("a <%s> element", tok.Data)
			}
			for _, a := range tok.Attr {
				if a.Key == "src" || a.Key == "href" || strings.HasPrefix(a.Key, "on") {
					return fmt.Errorf("<%s %s=%q>", tok.Data, a.Key, a.Val)
				}
			}
			if !voidElements[tok.Data] {
				open = append(open, tok.Data)
			}
		case html.EndTagToken:
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				return fmt.Errorf("</%s> closes %v", tok.Data, open)
			}
			open = open[:len(open)-1]
		case html.TextToken:
			if strings.Contains(tok.Data, "url(") || strings.Contains(tok.Data, "@import") {
				return fmt.Errorf("the styles fetch something: %.40q", tok.Data)
			}
		}
	}
}

// Parsed back, the planner names every deadline of the year once, on its
// due date, under its month; and each month's grid has its days.
func TestPlannerMentionsEveryDeadline(t *testing.T) {
	_, occ := gridFixture(t, schedule.Kazakh)
	doc, err := html.Parse(bytes.NewReader(planner2017(t)))
	if err != nil {
		t.Fatal(err)
	}

	want := map[string]int{}
	for _, o := range occ {
		want[fmt.Sprintf("%s №%d %s", o.Due, o.Obligation.No, o.Key())]++
	}
	got := map[string]int{}
	days := 0
	walk(doc, "", func(n *html.Node, month string) {
		if due := attr(n, "data-due"); due != "" {
			if !strings.HasPrefix(due, "2017-"+strings.TrimPrefix(month, "m")) {
				t.Errorf("deadline due %s is listed under month %s", due, month)
			}
			got[fmt.Sprintf("%s №%s %s", due, attr(n, "data-no"), attr(n, "data-key"))]++
		}
		if n.Data == "td" && n.Parent != nil && month != "" && text(n) != "" {
			days++
		}
	})
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: in the page %d times, want %d", k, got[k], n)
		}
	}
	for k := range got {
		if want[k] == 0 {
			t.Errorf("%s: in the page but not a deadline of 2017", k)
		}
	}
	if len(want) != len(occ) || days != 365 {
		t.Errorf("%d distinct deadlines of %d, %d days in the grids", len(want), len(occ), days)
	}
}

// walk calls f on every element of the tree under n, with the id of the
// month section it is in.
func walk(n *html.Node, month string, f func(*html.Node, string)) {
	if n.Type == html.ElementNode {
		if n.Data == "section" && strings.HasPrefix(attr(n, "id"), "m") {
			month = attr(n, "id")
		}
		f(n, month)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		walk(ch, month, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		b.WriteString(text(ch))
	}
	return b.String()
}
