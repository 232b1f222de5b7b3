package report

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// pdfLayout are the PDF report's page figures, in millimetres and points.
const (
	pdfMargin     = 15.0
	pdfLineH      = 5.5 // body line height
	pdfCellLineH  = 4.6 // table line height
	pdfBodySize   = 10.5
	pdfTableSize  = 8.5
	pdfFontFamily = "cjk"
)

// WritePDF writes the report as an A4 PDF with the CJK font embedded (subset to the
// characters used), so the Chinese renders and can be searched and copied.
func (r *Report) WritePDF(w io.Writer) error {
	ttf, err := cjkFont()
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	created := r.Assessment.Scenario.Start.Time
	if created.IsZero() {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	// The drill's date rather than the clock's. (fpdf still orders images of equal
	// width by map order, so the bytes may differ between runs; the text does not.)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(r.doc.Title+" "+r.doc.Subtitle, true)
	pdf.SetCreator("drillsim", false)
	pdf.AddUTF8FontFromBytes(pdfFontFamily, "", ttf)
	pdf.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pdf.SetAutoPageBreak(true, pdfMargin)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-10)
		pdf.SetFont(pdfFontFamily, "", 8)
		pdf.CellFormat(0, 5, fmt.Sprintf("%s — %d/{nb}", r.doc.Title, pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	pdf.SetFont(pdfFontFamily, "", 20)
	pdf.CellFormat(0, 12, r.doc.Title, "", 1, "C", false, 0, "")
	pageW, pageH := pdf.GetPageSize()
	textW := pageW - 2*pdfMargin
	lb := lineBreaker{measure: pdf.GetStringWidth}
	pdf.SetFont(pdfFontFamily, "", 12)
	pdfLines(pdf, lb, r.doc.Subtitle, pdfMargin, textW, 7, "C")
	pdf.Ln(4)
	for i, s := range r.doc.Sections {
		need := 30.0 // a heading and a few lines
		if len(s.Blocks) > 0 && s.Blocks[0].Figure != nil {
			need = 14 + figureHeight(s.Blocks[0].Figure, textW, pageH) + 8
		}
		if pdf.GetY()+need > pageH-pdfMargin {
			pdf.AddPage()
		}
		pdf.Ln(3)
		pdf.SetFont(pdfFontFamily, "", 14)
		title := fmt.Sprintf("%d. %s", i+1, s.Title)
		pdf.Bookmark(title, 0, -1)
		pdf.CellFormat(0, 9, title, "B", 1, "L", false, 0, "")
		pdf.Ln(2)
		for _, b := range s.Blocks {
			switch {
			case b.Text != "":
				pdf.SetFont(pdfFontFamily, "", pdfBodySize)
				pdfLines(pdf, lb, b.Text, pdfMargin, textW, pdfLineH, "L")
				pdf.Ln(1)
			case b.List != nil:
				pdf.SetFont(pdfFontFamily, "", pdfBodySize)
				for _, item := range b.List {
					pdf.CellFormat(5, pdfLineH, "•", "", 0, "L", false, 0, "")
					pdfLines(pdf, lb, item, pdfMargin+5, textW-5, pdfLineH, "L")
				}
				pdf.Ln(1)
			case b.Table != nil:
				pdfTable(pdf, lb, b.Table, textW, pageH)
			case b.Figure != nil:
				if err := pdfFigure(pdf, lb, b.Figure, textW, pageH); err != nil {
					return err
				}
			}
		}
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("cannot lay out the PDF: %w", err)
	}
	return pdf.Output(w)
}

// pdfLines draws text wrapped to width w from x, one line of height lineH under the
// other (on a new page when the page is full), aligned "L" or "C".
func pdfLines(pdf *fpdf.Fpdf, lb lineBreaker, text string, x, w, lineH float64, align string) {
	for _, line := range lb.split(text, w-2*pdf.GetCellMargin()) {
		pdf.SetX(x)
		pdf.CellFormat(w, lineH, line, "", 1, align, false, 0, "")
	}
}

// pdfTable draws a table with wrapped cells, repeating the header on a new page.
func pdfTable(pdf *fpdf.Fpdf, lb lineBreaker, t *reportTable, textW, pageH float64) {
	pdf.SetFont(pdfFontFamily, "", pdfTableSize)
	widths := make([]float64, len(t.Head))
	total := 0.0
	for i := range widths {
		widths[i] = 1
		if i < len(t.Widths) {
			widths[i] = t.Widths[i]
		}
		total += widths[i]
	}
	for i := range widths {
		widths[i] *= textW / total
	}
	row := func(cells []string, header bool) {
		lines := make([][]string, len(widths))
		n := 1
		for i := range widths {
			if i < len(cells) {
				lines[i] = lb.split(cells[i], widths[i]-2*pdf.GetCellMargin())
			}
			n = max(n, len(lines[i]))
		}
		h := float64(n)*pdfCellLineH + 1
		if pdf.GetY()+h > pageH-pdfMargin {
			pdf.AddPage()
		}
		x0, y0 := pdf.GetXY()
		x := x0
		for i, wdt := range widths {
			pdf.SetXY(x, y0)
			style := "D"
			if header {
				pdf.SetFillColor(241, 230, 230)
				style = "FD"
			}
			pdf.Rect(x, y0, wdt, h, style)
			for j, line := range lines[i] {
				pdf.SetXY(x, y0+0.5+float64(j)*pdfCellLineH)
				pdf.CellFormat(wdt, pdfCellLineH, line, "", 0, "L", false, 0, "")
			}
			x += wdt
		}
		pdf.SetXY(x0, y0+h)
	}
	row(t.Head, true)
	for _, cells := range t.Rows {
		if pdf.GetY()+2*pdfCellLineH > pageH-pdfMargin {
			pdf.AddPage()
			row(t.Head, true)
		}
		row(cells, false)
	}
	pdf.Ln(2)
}

// figureHeight is the height a chart takes at the text width, at most a page's.
func figureHeight(c *Chart, textW, pageH float64) float64 {
	cfg, err := png.DecodeConfig(bytes.NewReader(c.PNG))
	if err != nil || cfg.Width == 0 {
		return 0
	}
	return min(textW*float64(cfg.Height)/float64(cfg.Width), pageH-2*pdfMargin-10)
}

// pdfFigure places a chart at the text width, on a new page when it does not fit,
// with its title under it.
func pdfFigure(pdf *fpdf.Fpdf, lb lineBreaker, c *Chart, textW, pageH float64) error {
	cfg, err := png.DecodeConfig(bytes.NewReader(c.PNG))
	if err != nil || cfg.Width == 0 {
		return fmt.Errorf("figure %s is not a PNG: %v", c.Name, err)
	}
	h := figureHeight(c, textW, pageH)
	if pdf.GetY()+h+8 > pageH-pdfMargin {
		pdf.AddPage()
	}
	pdf.RegisterImageOptionsReader(c.Name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(c.PNG))
	wdt := h * float64(cfg.Width) / float64(cfg.Height)
	pdf.ImageOptions(c.Name, pdfMargin+(textW-wdt)/2, pdf.GetY(), wdt, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	pdf.SetY(pdf.GetY() + h + 1)
	pdf.SetFont(pdfFontFamily, "", 9)
	pdfLines(pdf, lb, c.Title, pdfMargin, textW, 5, "C")
	pdf.Ln(2)
	return nil
}

// maxReportPages is the most pages an after-action report may take, whatever the drill.
const maxReportPages = 15
