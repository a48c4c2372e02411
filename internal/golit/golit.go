// Package golit writes Go values as Go source: composite literals that,
// compiled, build a value deeply equal to the one written.
//
// The program embeds its data as YAML and keeps a parsed copy of it as
// generated Go, so that a run need not parse YAML; tests write that copy
// with this package and check it against the YAML.
//
// Booleans, numbers, strings, structs, pointers to structs, slices, arrays
// and maps are written; zero struct fields are left out. Unexported fields
// can be written only in their own package. Numbers of a type with a
// String method carry its result as a comment. A pointer met twice, which
// a literal would turn into two copies, is an error, as are functions,
// channels and interfaces holding a value.
package golit

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A File gathers literals for one Go file of one package, and the imports
// they need.
type File struct {
	pkg     string // import path of the file's package
	imports map[string]bool
	seen    map[uintptr]bool
}

// NewFile returns a File for the package with import path pkg.
func NewFile(pkg string) *File {
	return &File{pkg: pkg, imports: map[string]bool{}, seen: map[uintptr]bool{}}
}

// Literal returns the Go expression for v.
func (f *File) Literal(v any) (string, error) {
	return f.value(reflect.ValueOf(v), false)
}

// Source returns the file, formatted: a header of comment lines, the
// package clause, the imports the literals need, and body.
func (f *File) Source(header []string, body string) ([]byte, error) {
	var b bytes.Buffer
	for _, h := range header {
		fmt.Fprintf(&b, "// %s\n", h)
	}
	fmt.Fprintf(&b, "\npackage %s\n\n", path.Base(f.pkg))
	if len(f.imports) > 0 {
		b.WriteString("import (\n")
		for _, p := range slices.Sorted(maps.Keys(f.imports)) {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		b.WriteString(")\n\n")
	}
	b.WriteString(body)
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("golit: formatting the file: %v", err)
	}
	return src, nil
}

var stringer = reflect.TypeFor[fmt.Stringer]()

// value writes v. When elided, v is an element or key of a composite
// literal and its type (or &T of a pointer) is left out, as Go allows.
func (f *File) value(v reflect.Value, elided bool) (string, error) {
	t := v.Type()
	switch t.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return number(v, strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return number(v, strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Float32, reflect.Float64:
		if math.IsNaN(v.Float()) || math.IsInf(v.Float(), 0) {
			return "", fmt.Errorf("golit: %v has no literal", v.Float())
		}
		s := strconv.FormatFloat(v.Float(), 'g', -1, t.Bits())
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s, nil
	case reflect.String:
		return strconv.Quote(v.String()), nil
	case reflect.Pointer:
		if v.IsNil() {
			return "nil", nil
		}
		if t.Elem().Kind() != reflect.Struct {
			return "", fmt.Errorf("golit: a %s has no literal", t)
		}
		if f.seen[v.Pointer()] {
			return "", fmt.Errorf("golit: a %s is reached twice; a literal would copy it", t)
		}
		f.seen[v.Pointer()] = true
		s, err := f.value(v.Elem(), elided)
		if err != nil || elided {
			return s, err
		}
		return "&" + s, nil
	case reflect.Struct:
		return f.structure(v, elided)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			return "nil", nil
		}
		elems := make([]string, v.Len())
		for i := range elems {
			s, err := f.value(v.Index(i), true)
			if err != nil {
				return "", err
			}
			elems[i] = s
		}
		return f.composite(t, elided, elems)
	case reflect.Map:
		if v.IsNil() {
			return "nil", nil
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		elems := make([]string, len(keys))
		for i, k := range keys {
			ks, err := f.value(k, true)
			if err != nil {
				return "", err
			}
			vs, err := f.value(v.MapIndex(k), true)
			if err != nil {
				return "", err
			}
			elems[i] = ks + ": " + vs
		}
		return f.composite(t, elided, elems)
	case reflect.Interface:
		if v.IsNil() {
			return "nil", nil
		}
	}
	return "", fmt.Errorf("golit: a %s has no literal", t)
}

// number adds the String form of a named number as a comment.
func number(v reflect.Value, s string) string {
	if !v.Type().Implements(stringer) {
		return s
	}
	// A value read through an unexported field cannot be handed to its
	// method; a copy can.
	c := reflect.New(v.Type()).Elem()
	if c.CanInt() {
		c.SetInt(v.Int())
	} else {
		c.SetUint(v.Uint())
	}
	text := c.Interface().(fmt.Stringer).String()
	if text == s || strings.Contains(text, "*/") || strings.ContainsAny(text, "\n\r") {
		return s
	}
	return s + " /* " + text + " */"
}

func (f *File) structure(v reflect.Value, elided bool) (string, error) {
	t := v.Type()
	var fields []string
	for i := range t.NumField() {
		sf := t.Field(i)
		fv := v.Field(i)
		if fv.IsZero() {
			continue
		}
		if !sf.IsExported() && t.PkgPath() != f.pkg {
			return "", fmt.Errorf("golit: %s.%s is unexported", t, sf.Name)
		}
		s, err := f.value(fv, false)
		if err != nil {
			return "", err
		}
		fields = append(fields, sf.Name+": "+s)
	}
	return f.composite(t, elided, fields)
}

// composite writes a composite literal of type t, on one line when it is
// short and holds no other composite literal, else one element a line.
func (f *File) composite(t reflect.Type, elided bool, elems []string) (string, error) {
	var b strings.Builder
	if !elided {
		name, err := f.typeName(t)
		if err != nil {
			return "", err
		}
		b.WriteString(name)
	}
	b.WriteString("{")
	width := 0
	multi := false
	for _, e := range elems {
		width += utf8.RuneCountInString(e) + 2
		multi = multi || strings.Contains(e, "\n") || strings.HasSuffix(e, "}")
	}
	if multi || width > 100 {
		b.WriteString("\n")
		for _, e := range elems {
			b.WriteString(e)
			b.WriteString(",\n")
		}
	} else {
		b.WriteString(strings.Join(elems, ", "))
	}
	b.WriteString("}")
	return b.String(), nil
}

// typeName returns t as the file writes it.
func (f *File) typeName(t reflect.Type) (string, error) {
	if t.Name() != "" {
		if t.PkgPath() == "" || t.PkgPath() == f.pkg {
			return t.Name(), nil
		}
		f.imports[t.PkgPath()] = true
		return path.Base(t.PkgPath()) + "." + t.Name(), nil
	}
	var elem string
	if k := t.Kind(); k == reflect.Pointer || k == reflect.Slice || k == reflect.Array || k == reflect.Map {
		s, err := f.typeName(t.Elem())
		if err != nil {
			return "", err
		}
		elem = s
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + elem, nil
	case reflect.Slice:
		return "[]" + elem, nil
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), elem), nil
	case reflect.Map:
		key, err := f.typeName(t.Key())
		if err != nil {
			return "", err
		}
		return "map[" + key + "]" + elem, nil
	}
	return "", fmt.Errorf("golit: the type %s has no name to write", t)
}

// compareKeys orders map keys: numbers by value, strings and the rest by
// their text.
func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	}
	return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

// Snapshot returns a Go file of package pkg that keeps v parsed ahead of
// time: its init sets variable.sum to sum, the checksum of the data v was
// read from, and variable.build to a function that returns v. The file
// starts with the comment lines of header.
func Snapshot(pkg string, header []string, variable, sum string, v any) ([]byte, error) {
	f := NewFile(pkg)
	lit, err := f.Literal(v)
	if err != nil {
		return nil, err
	}
	typ, err := f.typeName(reflect.TypeOf(v))
	if err != nil {
		return nil, err
	}
	body := fmt.Sprintf("func init() {\n\t%[1]s.sum = %[2]q\n\t%[1]s.build = func() %[3]s {\n\t\treturn %[4]s\n\t}\n}\n",
		variable, sum, typ, lit)
	return f.Source(header, body)
}

// Update writes src to the file name when update is set; otherwise it
// reports an error unless the file holds src already. fix says how to
// bring the file up to date.
func Update(name string, src []byte, update bool, fix string) error {
	if update {
		return os.WriteFile(name, src, 0o644)
	}
	have, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(have, src) {
		return fmt.Errorf("%s is out of date: %s", name, fix)
	}
	return nil
}
