package ui

import (
	"bytes"
	"testing"
	"unicode"

	"github.com/hajimehoshi/bitmapfont/v3"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"drillsim/assets"
	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/scenarios"
)

// missingRunes returns the runes of s the embedded font subset has no glyph for.
func missingRunes(t *testing.T, face *text.GoTextFace, s string) []rune {
	t.Helper()
	var missing []rune
	for _, g := range text.AppendGlyphs(nil, s, face, nil) {
		if g.GID != 0 {
			continue
		}
		for _, r := range s[g.StartIndexInBytes:g.EndIndexInBytes] {
			if !unicode.IsSpace(r) {
				missing = append(missing, r)
			}
		}
	}
	return missing
}

// subsetFace is the embedded font alone, without the bitmap fallback.
func subsetFace(t *testing.T) *text.GoTextFace {
	t.Helper()
	src, err := text.NewGoTextFaceSource(bytes.NewReader(assets.ChineseFont))
	if err != nil {
		t.Fatal(err)
	}
	return &text.GoTextFace{Source: src, Size: normalSize}
}

// shownStrings is every string the interface shows: its own table and names, the
// names and texts of the default town and the built-in scenarios, and the items
// evaluators rate.
func shownStrings(t *testing.T) map[string]string {
	out := map[string]string{}
	add := func(where, s string) { out[s] = where }
	for _, s := range i18n.All() {
		add("i18n", s)
	}
	town := defaultTown(t)
	for _, v := range town.Villages {
		add("village", v.Name)
	}
	for _, s := range town.Shelters {
		add("shelter", s.Name)
	}
	for _, s := range town.Stations {
		add("station", s.Name)
	}
	for _, z := range town.HazardZones {
		add("hazard zone", z.Name)
	}
	for _, r := range town.Roads {
		add("road", r.Name)
	}
	for _, b := range town.Buildings {
		add("building", b.Name)
	}
	for _, e := range scenarios.Library() {
		scn, err := scenarios.LoadBuiltin(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		add("scenario "+e.ID, scn.Title)
		for _, u := range scn.Units {
			add("scenario "+e.ID+" unit", u.Name)
		}
		for _, ph := range scn.Phases {
			add("scenario "+e.ID+" phase "+ph.ID, ph.Title+ph.Question)
		}
		for _, in := range scn.Injects {
			add("scenario "+e.ID+" inject "+in.ID, in.From+in.Text+in.To.Chinese())
		}
	}
	for _, it := range observation.DefaultItems {
		add("observation item "+it.ID, it.Title)
	}
	for _, l := range []scenarios.Level{scenarios.LevelI, scenarios.LevelII, scenarios.LevelIII, scenarios.LevelIV} {
		add("level", l.Chinese())
	}
	return out
}

// TestEveryShownStringHasGlyphsInTheSubset checks that the embedded subset draws every
// character the interface shows; when it fails, run assets/fonts/make.sh again.
func TestEveryShownStringHasGlyphsInTheSubset(t *testing.T) {
	face := subsetFace(t)
	checked := 0
	for s, where := range shownStrings(t) {
		if m := missingRunes(t, face, s); len(m) > 0 {
			t.Errorf("%s %q: the font subset lacks %q; run assets/fonts/make.sh", where, s, string(m))
		}
		checked++
	}
	if checked < 100 {
		t.Fatalf("only %d strings checked: the town or the library did not load", checked)
	}
}

// TestSubsetCoversGB2312AndFaceSCTheRest checks the subset holds common characters
// beyond the strings of today (GB2312's level 1 and 2 hanzi) and that a character
// outside it still shows through bitmapfont's FaceSC behind it.
func TestSubsetCoversGB2312AndFaceSCTheRest(t *testing.T) {
	face := subsetFace(t)
	sample := "啊阿埃挨哎唉哀皑癌蔼矮艾碍爱隘鞍氨安俺按暗岸胺案肮昂盎凹敖熬翱袄傲奥懊澳芭捌扒叭吧笆八疤巴拔跋靶把耙坝霸罢爸" + // GB2312 level 1, first row
		"亍丌兀丐廿卅丕亘丞鬲孬噩丨禺丿匕乇夭爻卮氐囟胤馗毓睾鼗丶亟鼐乜乩亓芈孛啬嘏仄厍厝厣厥厮靥赝匚叵匦匮匾赜卦卣刂刈刎刭刳刿剀剌剞剡剜蒯剽劂劁" // level 2, first row
	if m := missingRunes(t, face, sample); len(m) > 0 {
		t.Errorf("the subset lacks GB2312 characters %q", string(m))
	}
	const rare = "㐀䶵" // CJK Extension A: not in GB2312, so not in the subset
	if m := missingRunes(t, face, rare); len(m) == 0 {
		t.Fatalf("the subset unexpectedly holds %q; pick rarer characters for this test", rare)
	}
	for _, r := range rare {
		if _, ok := bitmapfont.FaceSC.GlyphAdvance(r); !ok {
			t.Errorf("neither the subset nor FaceSC draws %q", r)
		}
	}
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := text.Measure(rare, fonts.Normal, 0); w <= 0 {
		t.Errorf("the interface face gives %q no width", rare)
	}
}
