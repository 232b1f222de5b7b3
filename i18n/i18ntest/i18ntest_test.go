package i18ntest

import "testing"

func TestEnglishWord(t *testing.T) {
	for s, want := range map[string]string{"冲锋舟不能执行抢通道路": "", "地图上没有 road 滨河路": "road", "Ⅳ级 ok": "", "到 3000 米 within": "within"} {
		if got := EnglishWord(s); got != want {
			t.Errorf("EnglishWord(%q) = %q, want %q", s, got, want)
		}
	}
}
