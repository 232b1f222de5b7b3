package ui

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"drillsim/assets"
)

// Fonts are the interface's faces: the embedded WenQuanYi Micro Hei subset first, and
// behind it a fallback face (fallbackFace) so that a character the subset lacks still
// shows.
type Fonts struct {
	Small, Normal, Large text.Face
}

// Font sizes in pixels.
const (
	smallSize  = 12
	normalSize = 14
	largeSize  = 20
)

// NewFonts parses the embedded font and builds the faces.
func NewFonts() (*Fonts, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(assets.ChineseFont))
	if err != nil {
		return nil, fmt.Errorf("embedded i18n.Chinese font: %w (rebuild it with assets/fonts/make.sh)", err)
	}
	fallback := fallbackFace()
	face := func(size float64) (text.Face, error) {
		if fallback == nil {
			return &text.GoTextFace{Source: src, Size: size}, nil
		}
		return text.NewMultiFace(&text.GoTextFace{Source: src, Size: size}, fallback)
	}
	f := &Fonts{}
	for _, p := range []struct {
		dst  *text.Face
		size float64
	}{{&f.Small, smallSize}, {&f.Normal, normalSize}, {&f.Large, largeSize}} {
		if *p.dst, err = face(p.size); err != nil {
			return nil, err
		}
	}
	return f, nil
}
