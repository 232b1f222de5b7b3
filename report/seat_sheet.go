package report

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// SeatSheet is the printable sheet of a served drill's seats, handed out before the
// drill: for each seat its role, join code and join link, with the link as a QR code
// that a phone or laptop camera opens straight into the seat.
type SeatSheet struct {
	// Title names the drill; Address is the server's, as seats type it into
	// drillsim join; Standby, when set, is the address of the standby server that
	// takes the drill over should the server stop (a township of a county drill).
	Title, Address, Standby string
	// Start dates the sheet (the drill's start, so that the file is the same for
	// the same drill).
	Start time.Time
	Seats []SheetSeat
}

// SheetSeat is one seat of the sheet: its role as participants call it (指挥部,
// 村:银杏村), its code and the link that opens it in a browser.
type SheetSeat struct {
	Role, Code, Link string
}

// Seat sheet layout, in millimetres: three seats a row, each a card to cut out.
const (
	sheetCardW  = 60
	sheetCardH  = 88
	sheetQR     = 44
	sheetPerRow = 3
)

// WriteSeatSheet writes the sheet as an A4 PDF, a card per seat (role, code, address,
// the QR code of the join link and the link), with the Chinese font embedded.
func WriteSeatSheet(w io.Writer, s SeatSheet) error {
	ttf, err := cjkFont()
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(s.Start)
	pdf.SetModificationDate(s.Start)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(s.Title+" 席位与入席码", true)
	pdf.SetCreator("drillsim", false)
	pdf.AddUTF8FontFromBytes(pdfFontFamily, "", ttf)
	pdf.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pdf.SetAutoPageBreak(false, pdfMargin)
	pageW, pageH := pdf.GetPageSize()
	gap := (pageW - 2*pdfMargin - sheetPerRow*sheetCardW) / (sheetPerRow - 1)
	y := 0.0
	for i, seat := range s.Seats {
		col := i % sheetPerRow
		if col == 0 && (i == 0 || y+2*sheetCardH+gap > pageH-pdfMargin) {
			pdf.AddPage()
			pdf.SetFont(pdfFontFamily, "", 14)
			pdf.CellFormat(0, 8, s.Title+" — 席位与入席码 seats and join codes", "", 1, "C", false, 0, "")
			pdf.SetFont(pdfFontFamily, "", 9)
			pdf.CellFormat(0, 5, "演练服务器 server "+s.Address+"    桌面 desktop: drillsim join "+s.Address+" <入席码 code>", "", 1, "C", false, 0, "")
			if s.Standby != "" {
				pdf.CellFormat(0, 5, "备用服务器 standby "+s.Standby+"  断线时用同一入席码连此地址 reconnect here with the same code", "", 1, "C", false, 0, "")
			}
			y = pdf.GetY() + 3
		} else if col == 0 {
			y += sheetCardH + gap
		}
		if err := seatCard(pdf, seat, pdfMargin+float64(col)*(sheetCardW+gap), y, i); err != nil {
			return err
		}
	}
	return pdf.Output(w)
}

// seatCard draws the card of seat with its top left corner at (x, y).
func seatCard(pdf *fpdf.Fpdf, seat SheetSeat, x, y float64, i int) error {
	png, err := qrcode.Encode(seat.Link, qrcode.Medium, 512)
	if err != nil {
		return fmt.Errorf("the QR code of %s: %w", seat.Role, err)
	}
	name := fmt.Sprintf("qr%d", i)
	pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png))
	pdf.SetDrawColor(160, 160, 160)
	pdf.SetDashPattern([]float64{1, 1}, 0)
	pdf.Rect(x, y, sheetCardW, sheetCardH, "D")
	pdf.SetDashPattern(nil, 0)
	pdf.SetXY(x, y+3)
	pdf.SetFont(pdfFontFamily, "", 15)
	pdf.CellFormat(sheetCardW, 8, seat.Role, "", 2, "C", false, 0, "")
	pdf.SetFont(pdfFontFamily, "", 12)
	pdf.CellFormat(sheetCardW, 7, seat.Code, "", 2, "C", false, 0, "")
	pdf.ImageOptions(name, x+(sheetCardW-sheetQR)/2, y+19, sheetQR, sheetQR, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	pdf.SetXY(x+2, y+19+sheetQR+1)
	pdf.SetFont(pdfFontFamily, "", 6.5)
	pdf.MultiCell(sheetCardW-4, 3, seat.Link, "", "C", false)
	pdf.SetX(x + 2)
	pdf.SetFont(pdfFontFamily, "", 7)
	pdf.MultiCell(sheetCardW-4, 3.5, "扫码或打开链接入席；入席码请勿外传。\nScan or open the link to join; keep the code to yourself.", "", "C", false)
	return nil
}
