package ui

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"drillsim/assets"
)

// Fonts are the interface's faces: the embedded WenQuanYi Micro Hei subset first, and
// behind it a fallback face (fallbackFace) so that a character the subset lacks still
// shows. Small is the body text; Huge the projector's.
type Fonts struct {
	Small, Normal, Large, Huge text.Face
	src                        *text.GoTextFaceSource
	scale                      float64
}

// Font sizes in pixels at 100%: body text at 14 pixels at least, for a room.
const (
	smallSize  = 14
	normalSize = 16
	largeSize  = 22
	hugeSize   = 34
)

// NewFonts parses the embedded font and builds the faces at 100%.
func NewFonts() (*Fonts, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(assets.ChineseFont))
	if err != nil {
		return nil, fmt.Errorf("embedded i18n.Chinese font: %w (rebuild it with assets/fonts/make.sh)", err)
	}
	return newFonts(src, 1)
}

// Scaled returns the faces of f at scale s (1 for 100%).
func (f *Fonts) Scaled(s float64) (*Fonts, error) {
	if s == f.scale {
		return f, nil
	}
	return newFonts(f.src, s)
}

// newFonts builds the faces of src at scale s.
func newFonts(src *text.GoTextFaceSource, s float64) (*Fonts, error) {
	fallback := fallbackFace()
	face := func(size float64) (text.Face, error) {
		if fallback == nil {
			return &text.GoTextFace{Source: src, Size: size * s}, nil
		}
		return text.NewMultiFace(&text.GoTextFace{Source: src, Size: size * s}, fallback)
	}
	f := &Fonts{src: src, scale: s}
	var err error
	for _, p := range []struct {
		dst  *text.Face
		size float64
	}{{&f.Small, smallSize}, {&f.Normal, normalSize}, {&f.Large, largeSize}, {&f.Huge, hugeSize}} {
		if *p.dst, err = face(p.size); err != nil {
			return nil, err
		}
	}
	return f, nil
}
