package scoring

import (
	"testing"

	"golang.org/x/image/font/sfnt"
)

// needCJKFont returns the CJK font or skips the test saying how to install one.
func needCJKFont(t testing.TB) []byte {
	t.Helper()
	ttf, err := cjkFont()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	return ttf
}

func TestCJKFontHasChineseGlyphs(t *testing.T) {
	f, err := sfnt.Parse(needCJKFont(t))
	if err != nil {
		t.Fatalf("the CJK font does not parse as one TrueType face: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range "演练评估报告优秀" {
		if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
			t.Errorf("the font has no glyph for %q", r)
		}
	}
}

func TestFirstFaceRefusesBrokenCollections(t *testing.T) {
	for _, data := range [][]byte{
		[]byte("ttcf"),
		append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01"), 0xff, 0xff, 0xff, 0x00),
		append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x00"), 0, 0, 0, 16),
	} {
		if _, err := firstFace(data); err == nil {
			t.Errorf("firstFace(%q) took a broken collection", data)
		}
	}
}
