package maps

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
)

// demNoData is the NODATA value drillsim writes for void cells.
const demNoData = -32768

// WriteASC writes the grid as an ESRI ASCII grid (cell-centre header, heights rounded to
// 0.1 m, voids as NODATA), the format ReadASC reads back.
func (d *DEM) WriteASC(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "ncols %d\nnrows %d\nxllcenter %.10f\nyllcenter %.10f\ncellsize %.12g\nNODATA_value %d\n",
		d.Cols, d.Rows, d.X0, d.Y0, d.Cell, demNoData)
	buf := make([]byte, 0, 16)
	for r := 0; r < d.Rows; r++ {
		row := d.Heights[r*d.Cols : (r+1)*d.Cols]
		for c, h := range row {
			if c > 0 {
				bw.WriteByte(' ')
			}
			buf = buf[:0]
			if math.IsNaN(float64(h)) {
				buf = strconv.AppendInt(buf, demNoData, 10)
			} else {
				buf = strconv.AppendFloat(buf, math.Round(float64(h)*10)/10, 'f', -1, 64)
			}
			bw.Write(buf)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
