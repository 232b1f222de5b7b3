package scenarios

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Positions maps a YAML path such as "$.units[2].base" to where its value was
// written, so that checks made after decoding can point at the file.
type Positions struct {
	file string
	at   map[string]Pos
}

// Of returns the position of the value at path, or of its nearest written ancestor,
// or just the file.
func (ps *Positions) Of(path string) Pos {
	if ps == nil {
		return Pos{}
	}
	for {
		if p, ok := ps.at[path]; ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 0 {
			return Pos{File: ps.file}
		}
		path = path[:i]
	}
}

// DecodeYAML reads one YAML document named name into v, a pointer to a struct with
// yaml tags or to a slice of them: the one reader of drillsim's YAML files (scenarios,
// plans, orders, observations). Before decoding it checks every mapping key against
// the fields the destination allows and every scalar against the kind of value
// expected, so that all such mistakes are reported at once with file:line:col and the
// allowed fields. It returns where every value was written.
func DecodeYAML(data []byte, name string, v any) (*Positions, error) {
	return decodeYAML(context.Background(), data, name, v)
}

// decodeYAML is DecodeYAML with ctx, which reaches the values' UnmarshalYAML methods.
func decodeYAML(ctx context.Context, data []byte, name string, v any) (*Positions, error) {
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, DecodeYAMLError(err, data, name)
	}
	var bodies []ast.Node
	for _, doc := range file.Docs {
		if doc.Body != nil {
			bodies = append(bodies, doc.Body)
		}
	}
	want := reflect.TypeOf(v).Elem()
	switch {
	case len(bodies) == 0 && want.Kind() == reflect.Slice:
		return nil, problemAt(Pos{File: name}, "the file is empty: expected a list")
	case len(bodies) == 0:
		return nil, problemAt(Pos{File: name}, "the file is empty: expected a mapping with the fields %s", strings.Join(fieldNames(want), ", "))
	case len(bodies) > 1:
		return nil, problemAt(nodePos(bodies[1], name), "a second YAML document: put everything in one document (remove the extra \"---\")")
	}
	var probs Problems
	checkShape(bodies[0], want, name, &probs)
	if len(probs) > 0 {
		return nil, probs
	}
	if err := yaml.UnmarshalContext(ctx, data, v, yaml.Strict()); err != nil {
		return nil, yamlProblem(err, name)
	}
	pos := &Positions{file: name, at: map[string]Pos{}}
	ast.Walk(positionRecorder{pos}, bodies[0])
	return pos, nil
}

// positionRecorder fills positions with the first node written at each path.
type positionRecorder struct{ ps *Positions }

// Visit records n's position under its path unless one is already recorded.
func (r positionRecorder) Visit(n ast.Node) ast.Visitor {
	path := n.GetPath()
	if mv, ok := n.(*ast.MappingValueNode); ok && mv.Value != nil {
		n = mv.Value
	}
	if _, seen := r.ps.at[path]; !seen && n.GetToken() != nil {
		r.ps.at[path] = nodePos(n, r.ps.file)
	}
	return r
}

// nodeUnmarshaler is the interface of types that read their own YAML.
var nodeUnmarshaler = reflect.TypeOf((*yaml.NodeUnmarshalerContext)(nil)).Elem()

// checkShape reports mapping keys that t does not have and scalars of the wrong kind,
// walking n and t together. Types that read their own YAML check themselves.
func checkShape(n ast.Node, t reflect.Type, file string, probs *Problems) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch nn := n.(type) {
	case *ast.AnchorNode:
		checkShape(nn.Value, t, file, probs)
		return
	case *ast.TagNode:
		checkShape(nn.Value, t, file, probs)
		return
	case *ast.AliasNode, *ast.NullNode:
		return
	}
	if reflect.PointerTo(t).Implements(nodeUnmarshaler) {
		return
	}
	field := pathField(n.GetPath())
	switch t.Kind() {
	case reflect.Struct:
		var values []*ast.MappingValueNode
		switch m := n.(type) {
		case *ast.MappingNode:
			values = m.Values
		case *ast.MappingValueNode:
			values = []*ast.MappingValueNode{m}
		default:
			probs.add(nodePos(n, file), "%s: expected a mapping with the fields %s, found %s", field, strings.Join(fieldNames(t), ", "), describeNode(n))
			return
		}
		fields := yamlFields(t)
		for _, mv := range values {
			key := mv.Key.String()
			if key == "<<" { // a merge key: its mapping is checked where the anchor is
				continue
			}
			f, ok := fields[key]
			if !ok {
				probs.add(nodePos(mv.Key, file), "unknown field %q in %s: allowed fields are %s", key, field, strings.Join(fieldNames(t), ", "))
				continue
			}
			checkShape(mv.Value, f.Type, file, probs)
		}
	case reflect.Slice:
		s, ok := n.(*ast.SequenceNode)
		if !ok {
			probs.add(nodePos(n, file), "%s: expected a list, found %s", field, describeNode(n))
			return
		}
		for _, item := range s.Values {
			checkShape(item, t.Elem(), file, probs)
		}
	case reflect.String:
		if !isScalar(n) {
			probs.add(nodePos(n, file), "%s: expected text, found %s", field, describeNode(n))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if _, ok := n.(*ast.IntegerNode); !ok {
			probs.add(nodePos(n, file), "%s: expected a whole number, found %s", field, describeNode(n))
		}
	case reflect.Float32, reflect.Float64:
		switch n.(type) {
		case *ast.IntegerNode, *ast.FloatNode:
		default:
			probs.add(nodePos(n, file), "%s: expected a number, found %s", field, describeNode(n))
		}
	case reflect.Bool:
		if _, ok := n.(*ast.BoolNode); !ok {
			probs.add(nodePos(n, file), "%s: expected true or false, found %s", field, describeNode(n))
		}
	}
}

// yamlFields returns t's fields by their YAML names, with the fields of inlined
// structs as their own.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	fields := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		if isInline(f) {
			for name, inner := range yamlFields(f.Type) {
				fields[name] = inner
			}
			continue
		}
		if name := yamlName(f); name != "" {
			fields[name] = f
		}
	}
	return fields
}

// fieldNames lists the YAML names of t's fields in declaration order.
func fieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if isInline(f) {
			names = append(names, fieldNames(f.Type)...)
		} else if name := yamlName(f); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// isInline reports whether f is a struct whose fields YAML writes as its parent's.
func isInline(f reflect.StructField) bool {
	_, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return f.Anonymous && f.Type.Kind() == reflect.Struct && strings.Contains(opts, "inline")
}

// yamlName is the field's name in YAML, "" for unexported or `yaml:"-"` fields.
func yamlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name)
	}
	return name
}

// pathField renders a YAML path for a message: "units[2].base", or "the document" at
// the top.
func pathField(path string) string {
	p := strings.TrimPrefix(strings.TrimPrefix(path, "$"), ".")
	if p == "" {
		return "the document"
	}
	return p
}

// isScalar reports whether n is a plain value: text, number or boolean.
func isScalar(n ast.Node) bool {
	switch n.(type) {
	case *ast.StringNode, *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.LiteralNode,
		*ast.InfinityNode, *ast.NanNode:
		return true
	}
	return false
}

// describeNode names what was found for a message: `"abc"`, a mapping, a list.
func describeNode(n ast.Node) string {
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.NullNode:
		return "nothing"
	}
	if tk := n.GetToken(); tk != nil {
		return fmt.Sprintf("%q", tk.Value)
	}
	return "an unexpected value"
}

// nodePos is where n was written in file: for a mapping, where its first key is.
func nodePos(n ast.Node, file string) Pos {
	switch m := n.(type) {
	case *ast.MappingNode:
		if len(m.Values) > 0 {
			n = m.Values[0].Key
		}
	case *ast.MappingValueNode:
		n = m.Key
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return Pos{File: file}
	}
	return Pos{File: file, Line: tk.Position.Line, Col: tk.Position.Column}
}

// scalarText returns the text of a scalar node, or a problem saying that what was
// expected (for example "a duration") is missing.
func scalarText(n ast.Node, what string) (string, error) {
	if a, ok := n.(*ast.AnchorNode); ok {
		n = a.Value
	}
	if !isScalar(n) {
		return "", nodeProblem(n, "%s: expected %s, found %s", pathField(n.GetPath()), what, describeNode(n))
	}
	if l, ok := n.(*ast.LiteralNode); ok {
		return l.Value.Value, nil
	}
	return n.GetToken().Value, nil
}

// nodeProblem is a problem at n; decodeYAML fills in the file name.
func nodeProblem(n ast.Node, format string, args ...any) *Problem {
	return problemAt(nodePos(n, ""), format, args...)
}

// DecodeYAMLError is a YAML parser's error on data as DecodeYAML reports it: a Problem
// naming file, line and column. A line indented with a tab, which YAML does not allow,
// is said plainly rather than as the parser's "found character that cannot start any
// token".
func DecodeYAMLError(err error, data []byte, file string) error {
	if line, col := tabIndent(data); line > 0 {
		return problemAt(Pos{File: file, Line: line, Col: col}, "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces")
	}
	return yamlProblem(err, file)
}

// tabIndent returns the line and column of the first tab in the indentation of a
// line that holds more than white space, or 0, 0 when there is none.
func tabIndent(data []byte) (line, col int) {
	for i, l := range strings.Split(string(data), "\n") {
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if t := strings.IndexByte(l[:indent], '\t'); t >= 0 && strings.TrimSpace(l) != "" {
			return i + 1, t + 1
		}
	}
	return 0, 0
}

// yamlProblem turns a parser or decoder error into a Problem naming file, line and
// column.
func yamlProblem(err error, file string) error {
	var p *Problem
	if errors.As(err, &p) {
		q := *p
		q.Pos.File = file
		return &q
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		pos := Pos{File: file}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			pos.Line, pos.Col = tk.Position.Line, tk.Position.Column
		}
		return &Problem{Pos: pos, Msg: ye.GetMessage()}
	}
	return &Problem{Pos: Pos{File: file}, Msg: err.Error()}
}

// pathIndex is the YAML path of item i of the list at path.
func pathIndex(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// decodeLenient reads the fields of v from data and ignores the rest: for reading a
// header before the whole document.
func decodeLenient(data []byte, name string, v any) error {
	if err := yaml.Unmarshal(data, v); err != nil {
		return DecodeYAMLError(err, data, name)
	}
	return nil
}
