package i18n

import (
	"errors"
	"fmt"
	stdmaps "maps"
	"regexp"
	"slices"
	"strings"

	"drillsim/journal"
)

// journalProblemChinese says in Chinese what makes a journal unusable (the problem of
// a journal.Damage) and why a journal is not of a drill or does not replay into it,
// keyed by the English format the journal's reader writes them by.
var journalProblemChinese = map[string]string{
	"the journal is empty: it is not a drillsim journal, or the drill never started":                  "演练日志是空的：它不是 drillsim 演练日志，或演练从未开始",
	"the header line is torn: the drill never started journaling; start a new journal":                "文件头一行不完整：演练从未开始记录；请新建演练日志",
	"not a drillsim journal: its first line must be the header {\"format\": %q, ...}":                 "不是 drillsim 演练日志：第一行须为文件头 {\"format\": %q, ...}",
	"hash mismatch: the header was edited":                                                            "哈希不符：文件头被改动过",
	"it names no scenario or no tick length":                                                          "未写明想定或步长",
	"an empty line: the file was edited":                                                              "空行：文件被改动过",
	"not a journal entry (%v): the line was damaged or edited":                                        "不是演练日志记录（%v）：该行已损坏或被改动",
	"missing: this line holds entry %d, so entry %d was removed or moved":                             "缺失：这一行是第 %d 条记录，第 %d 条已被删除或移动",
	"missing: this line holds entry %d, so entries %d to %d were removed or moved":                    "缺失：这一行是第 %d 条记录，第 %d 至 %d 条已被删除或移动",
	"missing: this line holds entry %d again, after entry %d: entries were repeated or moved":         "缺失：这一行在第 %[2]d 条之后再次出现第 %[1]d 条记录：记录被重复或移动",
	"hash mismatch: this entry was edited, or entries before it were removed, added or reordered":     "哈希不符：这条记录被改动过，或其前的记录被删除、添加或调换了顺序",
	"an entry after the end of the drill":                                                             "演练结束之后还有记录",
	"tick %d goes back from tick %d":                                                                  "步数 %d 比前一条的 %d 小，时间倒流",
	"a command entry must hold a command (and who sent it) and nothing else":                          "指令记录须只含一条指令（及其发送方）",
	"command sequence number %d where %d comes next":                                                  "指令序号为 %d，应为 %d",
	"the command applies at tick %d, not after tick %d when it was journaled":                         "指令在第 %d 步生效，而不在记录它的第 %d 步之后",
	"an observation entry must hold an observation (and who sent it) and nothing else":                "观察记录须只含一条观察（及其发送方）",
	"a seats entry must hold the seats and nothing else":                                              "席位记录须只含席位",
	"the seats are played %q: a journal knows %s and %s":                                              "席位的处置方式为 %q：演练日志只有 %s 和 %s 两种",
	"the end entry holds nothing but the tick and state":                                              "结束记录只含步数和状态",
	"unknown kind %q (a journal holds %s, %s, %s and %s entries)":                                     "未知记录类型 %q（演练日志只有 %s、%s、%s 和 %s 记录）",
	"the journal is of scenario %q, not %q: resume or check it with the scenario it was started with": "演练日志属于想定 %q，不是 %q：请用开始演练时的想定续演或核验",
	"the journal is of another version of scenario %q (hash %s, this one is %s): the scenario file changed since the drill started; resume it with the file it was started with":                      "演练日志属于想定 %q 的另一个版本（哈希 %s，当前为 %s）：想定文件在演练开始后改动过；请用开始演练时的文件续演",
	"the journal was written on map %s, not on this map (%s): resume or check it with the map it was started on":                                                                                      "演练日志写于地图 %s，不是当前地图（%s）：请用开始演练时的地图续演或核验",
	"replay diverged at entry %d (tick %d): the world's state hash is %s where the journal recorded %s; the journal was written by another version of drillsim, or for another scenario, map or seed": "重演在第 %d 条记录（第 %d 步）出现分歧：世界状态哈希为 %s，而演练日志记录的是 %s；演练日志由另一版本的 drillsim 写成，或属于另一想定、地图或随机种子",
}

// journalText says a journal's damage, its torn last line, or a journal that is not of
// the drill or does not replay into it, in Chinese at its file and line; ok is false
// for any other error.
func journalText(err error) (string, bool) {
	var d *journal.Damage
	if errors.As(err, &d) {
		part := "文件头"
		if d.Entry > 0 {
			part = fmt.Sprintf("第 %d 条记录", d.Entry)
		}
		problem, _ := sayByPattern(journalProblemChinese, d.Problem)
		return within(err, d, fmt.Sprintf("%s:%d: %s：%s", d.Name, d.Line, part, problem)), true
	}
	var t *journal.TornTail
	if errors.As(err, &t) {
		return within(err, t, fmt.Sprintf("%s:%d: 最后一行不完整（%d 字节，没有换行）：写入时程序停止或断电；它从未被确认，续演时将舍去", t.Name, t.Line, t.Bytes)), true
	}
	return sayByPattern(journalProblemChinese, err.Error())
}

// sayByPattern says text, written by one of table's English formats, by that format's
// Chinese, with what its verbs stood for read back from text and kept as written; a
// text no format writes is said as it stands, and ok is false.
func sayByPattern(table map[string]string, text string) (said string, ok bool) {
	for _, format := range slices.Sorted(stdmaps.Keys(table)) {
		m := formatPattern(format).FindStringSubmatch(text)
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, s := range m[1:] {
			args[i] = s
		}
		asText := verb.ReplaceAllStringFunc(table[format], func(v string) string {
			return "%" + verb.FindStringSubmatch(v)[1] + "s"
		})
		return fmt.Sprintf(asText, args...), true
	}
	return text, false
}

// formatPattern is the pattern of the texts format writes: each verb a group, a
// number for %d, a quoted text for %q, any text for the rest.
func formatPattern(format string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	at := 0
	for _, loc := range verb.FindAllStringIndex(format, -1) {
		b.WriteString(regexp.QuoteMeta(strings.ReplaceAll(format[at:loc[0]], "%%", "%")))
		switch v := format[loc[0]:loc[1]]; v[len(v)-1] {
		case 'd':
			b.WriteString(`(-?\d+)`)
		case 'q':
			b.WriteString(`("(?:[^"\\]|\\.)*")`)
		default:
			b.WriteString(`(.+?)`)
		}
		at = loc[1]
	}
	b.WriteString(regexp.QuoteMeta(strings.ReplaceAll(format[at:], "%%", "%")) + "$")
	return regexp.MustCompile(b.String())
}
