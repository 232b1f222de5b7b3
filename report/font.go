package report

import "drillsim/assets"

// cjkFont returns the TrueType font the charts and PDF reports write Chinese with: the
// WenQuanYi Micro Hei subset embedded in assets, which covers GB2312 and every
// character of the report strings, the demo town and the built-in scenarios (see
// assets/fonts/make.sh).
func cjkFont() ([]byte, error) { return assets.ChineseFont, nil }
