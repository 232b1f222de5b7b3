package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// WriteRunSummary prints the summary s of a headless run for people, Chinese labels first and English after:
// the final figures, each requirement with its start and stop as clock times in
// the drill's own zone and its response against the time allowed, the rejected
// commands with their reasons (said in language l, units by their names in scenario
// scn), and the state hash in hex.
func WriteRunSummary(w io.Writer, s scoring.RunSummary, scn *scenarios.Scenario, l i18n.Language) error {
	var b strings.Builder
	fmt.Fprintf(&b, "演练 scenario: %s %s\n", s.ScenarioID, s.Title)
	fmt.Fprintf(&b, "开始 start: %s  时长 duration: %s  种子 seed: %d\n",
		s.Start.Format("2006-01-02 15:04 MST"), s.Duration, s.Seed)
	c := s.Counts
	fmt.Fprintf(&b, "%s: %d: %s %d, %s %d, %s %d, %s %d\n", bothLanguages(i18n.TextResidents), c.Residents,
		bothLanguages(i18n.TextUnwarned), c.Unwarned, bothLanguages(i18n.TextWarned), c.Warned,
		bothLanguages(i18n.TextMoving), c.Moving, bothLanguages(i18n.TextSheltered), c.Sheltered)
	fmt.Fprintf(&b, "%s: %d (%s %d); %s: %d; 危险人·分钟 people-minutes in danger: %.0f\n", bothLanguages(i18n.TextCasualties), c.Casualties,
		bothLanguages(i18n.TextTreated), c.Treated, bothLanguages(i18n.TextInDanger), c.InDanger, c.PeopleMinutesInDanger)
	fmt.Fprintf(&b, "损毁建筑 buildings destroyed: %d; 中断道路 roads cut: %d (结束时仍中断 still cut at the end: %d); 过火面积 area burnt: %.1f ha\n",
		c.BuildingsDestroyed, s.Outcome.RoadsCut(), c.RoadsCut, c.BurntHa)
	fmt.Fprintf(&b, "预案要求 requirements: %d of %d met 达标\n", s.Met(), len(s.Windows))
	for _, win := range s.Windows {
		r := win.Requirement
		fmt.Fprintf(&b, "  %-7s 开始 start %s  完成 stop %s  用时 response %s / 限时 allowed %s  %s  %s\n",
			r.Clause, clockIf(s.Start, win.Started, win.StartS), clockIf(s.Start, win.Stopped, win.StopS),
			responseText(win), scenarios.Duration(win.AllowedS), windowVerdict(win), r.Title)
	}
	fmt.Fprintf(&b, "被拒指令 rejected commands: %d\n", len(s.Rejected))
	n := drillNames{scn: scn, l: l}
	for _, e := range s.Rejected {
		fmt.Fprintf(&b, "  %s #%d %s %s", clock(s.Start, e.T), e.Seq, n.role(e.Role), i18n.OrderKindName(e.Order, l))
		if e.Unit != "" {
			fmt.Fprintf(&b, " %s", n.unit(e.Unit))
		}
		fmt.Fprintf(&b, "%s%s\n", l.Pick("：", ": "), n.reason(e.Reason))
	}
	fmt.Fprintf(&b, "状态哈希 state hash: %016x\n", s.StateHash)
	_, err := io.WriteString(w, b.String())
	return err
}

// windowVerdict says in both languages how a window came out.
func windowVerdict(w scoring.Window) string {
	switch {
	case !w.Started:
		return "未触发 never started"
	case !w.Stopped:
		return "未完成 never done"
	case w.Met && w.StopBeforeStart:
		return "达标 met (done early)"
	case w.Met:
		return "达标 met"
	default:
		return "超时 missed"
	}
}

// responseText is the response time, or "--" when there is none.
func responseText(w scoring.Window) string {
	if !w.Started || !w.Stopped {
		return "--"
	}
	return scenarios.Duration(w.ResponseS).String()
}

// bothLanguages says interface string t in Chinese then in English, as a label in the
// middle of a line: 未预警 unwarned.
func bothLanguages(t i18n.Text) string {
	en := []rune(t.In(i18n.English))
	if len(en) > 0 {
		en[0] = unicode.ToLower(en[0])
	}
	return t.In(i18n.Chinese) + " " + string(en)
}
