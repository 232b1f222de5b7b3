package report

import (
	"encoding/base64"
	"html/template"
	"io"

	"drillsim/i18n"
)

// htmlReport is the template of the HTML report: one self-contained page, the CSS
// inline and every figure a data: URI.
var htmlReport = template.Must(template.New("report").Funcs(template.FuncMap{
	"png": func(b []byte) template.URL {
		return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(b))
	},
	"inc": func(i int) int { return i + 1 },
}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Doc.Title}} — {{.Doc.Subtitle}}</title>
<style>
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.55}
h1{text-align:center;margin-bottom:.2em}
.subtitle{text-align:center;color:#555;margin-top:0}
h2{border-bottom:2px solid #a33;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.92em}
th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f1e6e6}
figure{margin:1em 0;text-align:center}
figure img{max-width:100%}
figcaption{color:#555;font-size:.9em}
</style>
</head>
<body>
<h1>{{.Doc.Title}}</h1>
<p class="subtitle">{{.Doc.Subtitle}}</p>
{{range $i, $s := .Doc.Sections}}<h2>{{inc $i}}. {{$s.Title}}</h2>
{{range $s.Blocks}}{{if .Text}}<p>{{.Text}}</p>
{{end}}{{if .List}}<ul>
{{range .List}}<li>{{.}}</li>
{{end}}</ul>
{{end}}{{with .Table}}<table>
<tr>{{range .Head}}<th>{{.}}</th>{{end}}</tr>
{{range .Rows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{end}}</table>
{{end}}{{with .Figure}}<figure><img src="{{png .PNG}}" alt="{{.Title}}"><figcaption>{{.Title}}</figcaption></figure>
{{end}}{{end}}{{end}}</body>
</html>
`))

// WriteHTML writes the report as one self-contained HTML page.
func (r *Report) WriteHTML(w io.Writer) error {
	return htmlReport.Execute(w, struct {
		Lang i18n.Language
		Doc  reportDoc
	}{r.Lang, r.doc})
}
