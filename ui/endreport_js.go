//go:build js

package ui

import "drillsim/i18n"

// writeReport says where the report of a drill played in the browser is written: a
// page cannot write files, and the drill's journal is on the server, whose
// drillsim report writes it. The browser build links no report renderer.
func (g *Game) writeReport() {
	g.report = i18n.TextReportOnServer.In(g.lang)
}
