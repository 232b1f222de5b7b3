package i18n

import "drillsim/scenarios"

// All returns every string of the tables, in both languages: the interface's strings,
// the names of kinds, and the reasons in Chinese. A font shown to participants must
// hold every character of them.
func All() []string {
	var out []string
	for i := range textCount {
		out = append(out, texts[i][:]...)
	}
	for _, n := range unitKindNames {
		out = append(out, n.name[0], n.name[1], n.mark)
	}
	for _, table := range []map[string]Bilingual{roadClassNames, stationTypeNames, buildingUseNames, itemNames} {
		for _, n := range table {
			out = append(out, n[:]...)
		}
	}
	for _, n := range taskNames {
		out = append(out, n[:]...)
	}
	for _, n := range channelNames {
		out = append(out, n[:]...)
	}
	for _, s := range scenarios.OrderSpecs() {
		out = append(out, s.Chinese, s.English)
	}
	for _, n := range eventKindNames {
		out = append(out, n[:]...)
	}
	for _, n := range hazardTypeNames {
		out = append(out, n[:]...)
	}
	for _, zh := range reasonChinese {
		out = append(out, zh)
	}
	out = append(out, listSeparator[:]...)
	return out
}
