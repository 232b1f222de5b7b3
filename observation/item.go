package observation

import (
	"strings"

	"drillsim/scenarios"
)

// Scale is how evaluators rate an observation item.
type Scale string

// The rating scales: yes/no, or the HSEEP performance ratings P (performed without
// challenges), S (with some challenges), M (with major challenges), U (unable to be
// performed).
const (
	ScaleYesNo Scale = "yes/no"
	ScalePSMU  Scale = "P/S/M/U"
)

// Item is one thing evaluators watch for and rate, in the manner of the
// evaluation forms of AQ/T 9009 (生产安全事故应急演练评估规范), GB/T 46792 and the
// HSEEP exercise evaluation guides.
type Item struct {
	ID       string
	Title    string // in Chinese, as asked on the form
	English  string
	Category string // one of scenarios.Categories
	Scale    Scale
}

// DefaultItems are the observation items evaluators rate when the drill's
// plan defines none: one or two per category of a township plan.
var DefaultItems = []Item{
	{"E01", "预警信息是否准确及时，覆盖受威胁群众", "Were warnings accurate, timely and did they reach the people at risk?", "预警与信息报告", ScalePSMU},
	{"E02", "信息报告是否及时、要素齐全", "Were reports to the county timely and complete?", "预警与信息报告", ScalePSMU},
	{"E03", "应急响应启动是否符合预案程序", "Was the response activated as the plan prescribes?", "应急响应启动", ScaleYesNo},
	{"E04", "指挥协调是否有序，职责分工是否明确", "Was command and coordination orderly, with clear roles?", "指挥协调", ScalePSMU},
	{"E05", "转移路线是否安全，避开危险区域", "Were evacuation routes safe, avoiding the hazard areas?", "转移安置", ScalePSMU},
	{"E06", "安置点开放与群众安置是否有序", "Were shelters opened and evacuees received in good order?", "转移安置", ScalePSMU},
	{"E07", "抢险救援力量调度是否合理、到位及时", "Were rescue units dispatched sensibly and on scene in time?", "抢险救援", ScalePSMU},
	{"E08", "现场警戒与交通管制是否到位", "Were the scene cordoned off and traffic controlled?", "抢险救援", ScaleYesNo},
	{"E09", "伤员救治与转运是否及时", "Were casualties treated and transported in time?", "医疗救护", ScalePSMU},
	{"E10", "应急物资调运是否及时充足", "Were relief supplies moved in time and in sufficient quantity?", "物资保障", ScalePSMU},
	{"E11", "信息发布是否权威、及时、准确", "Was public information authoritative, timely and accurate?", "信息发布", ScalePSMU},
	{"E12", "参演人员安全防护措施是否到位", "Were responders protected and safe throughout?", "抢险救援", ScaleYesNo},
}

// FindItem returns the item of items with id, or an error listing the items there are.
func FindItem(items []Item, id string) (Item, error) {
	ids := make([]string, len(items))
	for i, it := range items {
		if it.ID == id {
			return it, nil
		}
		ids[i] = it.ID
	}
	return Item{}, scenarios.Failf("unknown observation item %q: rate one of %s", id, strings.Join(ids, ", "))
}
