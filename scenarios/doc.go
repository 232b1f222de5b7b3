// Package scenarios reads and checks the files that describe a drill: the town's plan
// (预案) with its timed requirements, the scenario of one exercise (map, clock, weather,
// hazards, units, injects, phases, warning channels), MSEL inject sheets in CSV or XLSX,
// and order files such as the reference responses (示范处置) shipped with the built-in
// library.
//
// Files are YAML. Every error names the file, line and column and says what was
// expected; unknown fields are errors that list the allowed ones. Loading checks each
// file on its own; Validate checks the cross-references between a scenario, its plan and
// the town map and returns every problem at once as Problems.
//
// Time inside a scenario is an integer number of seconds since the scenario start: the
// simulation's clock. Durations are written "90s", "10m", "2h30m"; moments as offsets
// "+1h20m" or as clock times "23:40" (see At).
//
// A scenario file in brief (the built-in ones under library/ show every field):
//
//	id: flood
//	title: 福宝镇山洪灾害应急演练
//	map: default
//	plan: fubao
//	start: "2026-07-15T22:00:00+08:00"
//	duration: 8h
//	tick: 10s
//	seed: 20260715
//	weather:
//	  rain: [{at: "22:00", mm_per_h: 35}, {at: "23:00", mm_per_h: 62}]
//	hazards:
//	  flood:
//	    - id: dacao-flood
//	      zones: [福宝场镇滨河片区洪水风险区]
//	      villages: [福宝社区]
//	      hydrograph: [{at: "+0m", rise_m: 0}, {at: "+3h40m", rise_m: 4.6}]
//	units:
//	  - {id: rescue-1, kind: rescue_team, base: 镇综合应急救援队, count: 12}
//	injects:
//	  - {id: F01, at: "22:10", to: 指挥部, from: 县气象台, kind: rain_warning, level: red,
//	     text: 县气象台22:10发布暴雨红色预警…, expect: 启动应急响应，发布预警}
//
// The package never reads the wall clock and has no randomness.
package scenarios
