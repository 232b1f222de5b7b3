package ui

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"drillsim/scenarios"
	"drillsim/sim"
)

// reasonChinese says each reason format the world (sim.RejectionReasons) and the
// sessions give in Chinese, with one %s for each of the format's arguments in the
// order the Chinese sentence takes them.
var reasonChinese = map[string]string{
	sim.ReasonRoleMayNot:           "%s不能下达%s指令：由指挥部下达",
	sim.ReasonUnknownChannel:       "未知的预警方式 %s",
	sim.ReasonNoShelter:            "地图上没有避难场所 %s",
	sim.ReasonNotArrived:           "增援力量 %s 尚未到达：请先向县里请求增援并等待其到达",
	sim.ReasonNoUnit:               "没有队伍 %s：本情景的队伍为 %s",
	sim.ReasonOtherVillagesUnit:    "%s干部只能指挥本村队伍，不能指挥 %s",
	sim.ReasonNoPlace:              "地图上没有地点 %s",
	sim.ReasonNoRoad:               "地图上没有道路 %s",
	sim.ReasonOtherVillagesShelter: "%s干部只能开放本村的避难场所，%s 不在本村",
	sim.ReasonUnknownReport:        "未知的报告类型 %s：应为初报或续报",
	sim.ReasonNoLevel:              "启动响应需注明级别（IV、III、II 或 I 级）",
	sim.ReasonNoInject:             "情景中没有情况 %s，或已经下发",
	sim.ReasonUnknownOrder:         "未知指令 %s",
	sim.ReasonNoDepot:              "地图上没有物资储备库 %s",
	sim.ReasonShortStock:           "%s 只有 %s %s，不足 %s",
	sim.ReasonFireSpreadFactor:     "火场蔓延系数须为不小于 0 的数，不能是 %s",
	sim.ReasonFireSet:              "火场只能调整“已控制”或蔓延系数，不能调整 %s",
	sim.ReasonLandslideSet:         "滑坡只能调整冲出距离，不能调整 %s",
	sim.ReasonLandslideRunOut:      "滑坡已经发生，无法再调整",
	sim.ReasonNoHazard:             "情景中没有火场或滑坡 %s",
	sim.ReasonNoReinforcement:      "县里没有可派的%s（情景中无此增援力量，或已全部派出）",
	sim.ReasonNoVillage:            "地图上没有村 %s",
	sim.ReasonNoZone:               "地图上没有隐患区 %s",
	sim.ReasonNoScope:              "指令未指定村或隐患区",
	sim.ReasonOtherVillage:         "%s干部只在本村行动，不能在 %s",
	sim.ReasonOtherVillagesZone:    "%s干部只在本村行动，%s 不在本村",
	sim.ReasonUnitNotArrived:       "队伍 %s 尚未到达",
	sim.ReasonCannotDo:             "%s不能执行%s：可执行 %s",
	sim.ReasonNoRoute:              "%s 从当前位置到 %[3]s %[2]s 米范围内没有可通行的道路",
	sim.ReasonRoadsCut:             "通往 %s 的道路已中断",
	reasonNotJournaled:             "命令未能写入演练日志，未下达：%s",
	reasonReplay:                   "回放不下达命令",
}

// reasonPattern recognises one reason format filled in: its arguments, where %q
// quoted them, come back unquoted.
type reasonPattern struct {
	format  string
	re      *regexp.Regexp
	quoted  []bool
	literal int // how many characters of the format are not verbs: longer is more specific
}

// reasonPatterns are the patterns of every format reasonChinese says, the most
// specific first, built once.
var reasonPatterns = func() []reasonPattern {
	out := make([]reasonPattern, 0, len(reasonChinese))
	for f := range reasonChinese {
		out = append(out, compileReason(f))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].literal != out[j].literal {
			return out[i].literal > out[j].literal
		}
		return out[i].format < out[j].format
	})
	return out
}()

// reasonVerb matches the fmt verbs the reason formats use.
var reasonVerb = regexp.MustCompile(`%(\.0f|[sqvd])`)

// compileReason builds the pattern of reason format f.
func compileReason(f string) reasonPattern {
	p := reasonPattern{format: f}
	var re strings.Builder
	re.WriteString("^")
	last := 0
	for _, m := range reasonVerb.FindAllStringSubmatchIndex(f, -1) {
		re.WriteString(regexp.QuoteMeta(f[last:m[0]]))
		p.literal += m[0] - last
		switch f[m[2]:m[3]] {
		case "q":
			re.WriteString(`("(?:[^"\\]|\\.)*")`)
		case "d", ".0f":
			re.WriteString(`(-?\d+)`)
		default:
			re.WriteString(`(.+?)`)
		}
		p.quoted = append(p.quoted, f[m[2]:m[3]] == "q")
		last = m[1]
	}
	re.WriteString(regexp.QuoteMeta(f[last:]))
	p.literal += len(f) - last
	re.WriteString("$")
	p.re = regexp.MustCompile(re.String())
	return p
}

// reasonText says reason r in language l: in English as the world gave it; in
// Chinese by its format, each argument named as the interface names it (arg), or
// r itself when no format matches.
func reasonText(r string, l Language, arg func(string) string) string {
	if l == English {
		return r
	}
	for _, p := range reasonPatterns {
		m := p.re.FindStringSubmatch(r)
		if m == nil {
			continue
		}
		args := make([]any, len(p.quoted))
		for i, s := range m[1:] {
			if p.quoted[i] {
				if u, err := strconv.Unquote(s); err == nil {
					s = u
				}
			}
			args[i] = arg(s)
		}
		return fmt.Sprintf(reasonChinese[p.format], args...)
	}
	return r
}

// said is a reason in a language, the key of the reasons already said.
type said struct {
	reason string
	lang   Language
}

// reason says reason r in the interface's language (reasonText), once per reason.
func (g *Game) reason(r string) string {
	k := said{r, g.lang}
	if s, ok := g.said[k]; ok {
		return s
	}
	if g.said == nil {
		g.said = map[said]string{}
	}
	s := reasonText(r, g.lang, g.reasonArg)
	g.said[k] = s
	return s
}

// reasonArg names an argument of a reason as the interface does: a unit by its name;
// an order kind, unit kind, task, channel or stock item by its name in the
// interface's language; a list ([a b]) item by item; anything else as it is.
func (g *Game) reasonArg(s string) string {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		items := strings.Fields(s[1 : len(s)-1])
		for i, it := range items {
			items[i] = g.reasonArg(it)
		}
		return strings.Join(items, listSeparator[g.lang])
	}
	if g.unitView(s) != nil {
		return g.unitName(s)
	}
	if n, ok := orderKindNames[scenarios.OrderKind(s)]; ok {
		return n[g.lang]
	}
	if n, ok := unitKindNames[scenarios.UnitKind(s)]; ok {
		return n.name[g.lang]
	}
	if n, ok := taskNames[scenarios.Task(s)]; ok {
		return n[g.lang]
	}
	if n, ok := channelNames[scenarios.Channel(s)]; ok {
		return n[g.lang]
	}
	return itemName(s, g.lang)
}
