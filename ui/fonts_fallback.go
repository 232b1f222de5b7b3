//go:build !js

package ui

import (
	"github.com/hajimehoshi/bitmapfont/v3"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// fallbackFace is bitmapfont's FaceSC, a 12-pixel bitmap face of every Chinese
// character, for those the embedded subset lacks.
func fallbackFace() text.Face { return text.NewGoXFace(bitmapfont.FaceSC) }
