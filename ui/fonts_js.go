//go:build js

package ui

import "github.com/hajimehoshi/ebiten/v2/text/v2"

// fallbackFace is none in the browser: bitmapfont's faces would add 2.4 MB to the
// download, and the embedded subset covers GB2312 and every string of the interface.
func fallbackFace() text.Face { return nil }
