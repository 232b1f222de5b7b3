package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/scoring"
)

// requirementData is the requirements' scores as data: one row per requirement with
// times in seconds and points as numbers, headed in lang.
func (a assessed) requirementData(l i18n.Language) (head []string, rows [][]any) {
	head = []string{"id", l.Pick("条款", "clause"), l.Pick("要求", "title"), l.Pick("类别", "category"), l.Pick("适用", "applicable"),
		l.Pick("开始(秒)", "start_s"), l.Pick("完成(秒)", "stop_s"), l.Pick("用时(秒)", "response_s"), l.Pick("限时(秒)", "allowed_s"),
		l.Pick("分值", "weight"), l.Pick("得分", "points"), l.Pick("结论", "verdict")}
	for _, r := range a.Scorecard.Rows {
		row := []any{r.Requirement.ID, r.Requirement.Clause, r.Requirement.Title, r.Requirement.Category, r.Applicable, "", "", "", r.AllowedS,
			r.Requirement.Weight, round2(r.Points), verdict(r, l)}
		if r.Started {
			row[5] = r.StartS
		}
		if r.Stopped {
			row[6] = r.StopS
		}
		if r.Started && r.Stopped {
			row[7] = r.ResponseS
		}
		rows = append(rows, row)
	}
	return head, rows
}

// round2 rounds to two decimals, as the tables print points.
func round2(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 2, 64), 64)
	return v
}

// WriteCSV writes the requirements' scores of assessment as CSV (UTF-8 with a byte order mark, so
// spreadsheet programs read the Chinese), headed in lang, then the automatic, final
// and grade lines.
func WriteCSV(w io.Writer, assessment *scoring.Assessment, l i18n.Language) error {
	a := assessed{assessment}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head, rows := a.requirementData(l)
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = fmt.Sprint(v)
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	for _, kv := range [][2]string{
		{l.Pick("自动评分", "automatic"), fmt.Sprintf("%.2f", a.Scorecard.Total)},
		{l.Pick("综合得分", "final"), fmt.Sprintf("%.2f", a.Final)},
		{l.Pick("等级", "grade"), gradeName(a.Grade, l)},
	} {
		if err := cw.Write([]string{kv[0], kv[1]}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// outcomeTable is the outcome indicators as a table.
func (a assessed) outcomeTable(l i18n.Language) *reportTable {
	t := &reportTable{Widths: []float64{2, 3}, Head: []string{l.Pick("指标", "Indicator"), l.Pick("数值", "Value")}}
	for _, kv := range a.outcomeLines(l) {
		t.Rows = append(t.Rows, []string{kv[0], kv[1]})
	}
	return t
}

// jsonAssessment is the evaluation as JSON.
type jsonAssessment struct {
	Scenario      string            `json:"scenario"`
	Plan          string            `json:"plan"`
	EventLog      string            `json:"event_log"`
	Seed          uint64            `json:"seed"`
	Requirements  []jsonRequirement `json:"requirements"`
	Categories    []jsonCategory    `json:"categories"`
	NotApplicable int               `json:"not_applicable"`
	Automatic     float64           `json:"automatic"`
	Evaluators    *float64          `json:"evaluators"`
	Final         float64           `json:"final"`
	Grade         string            `json:"grade"`
	Outcome       jsonOutcome       `json:"outcome"`
	// Seat is whose grade it is: "command" for the town, "village:<name>" for a village.
	Seat         string            `json:"seat"`
	OutcomeRules []jsonAppliedRule `json:"outcome_rules_applied"`
	Observations []jsonItem        `json:"observations"`
}

type jsonAppliedRule struct {
	Clause string  `json:"clause"`
	Title  string  `json:"title"`
	Value  float64 `json:"value"`
	Points float64 `json:"points"`
	Capped bool    `json:"capped"`
}

type jsonRequirement struct {
	ID         string  `json:"id"`
	Clause     string  `json:"clause"`
	Title      string  `json:"title"`
	Category   string  `json:"category"`
	Applicable bool    `json:"applicable"`
	StartS     *int64  `json:"start_s"`
	StopS      *int64  `json:"stop_s"`
	ResponseS  *int64  `json:"response_s"`
	AllowedS   int64   `json:"allowed_s"`
	Weight     float64 `json:"weight"`
	Points     float64 `json:"points"`
	Met        bool    `json:"met"`
	OverS      int64   `json:"over_s"`
}

type jsonCategory struct {
	Category     string  `json:"category"`
	Points       float64 `json:"points"`
	Weight       float64 `json:"weight"`
	Requirements int     `json:"requirements"`
	Met          int     `json:"met"`
}

type jsonOutcome struct {
	PeopleMinutesInDanger float64 `json:"people_minutes_in_danger"`
	Casualties            int     `json:"casualties"`
	PeakInDanger          int     `json:"peak_in_danger"`
	PeakInDangerS         int64   `json:"peak_in_danger_s"`
	ShareSheltered        float64 `json:"share_sheltered"`
	LastShelteredS        *int64  `json:"last_sheltered_s"`
	RoadsCut              int     `json:"roads_cut"`
	RoadHoursCut          float64 `json:"road_hours_cut"`
	BurntHa               float64 `json:"burnt_ha"`
	BuildingsDestroyed    int     `json:"buildings_destroyed"`
}

type jsonItem struct {
	Item      string             `json:"item"`
	Title     string             `json:"title"`
	Score     float64            `json:"score"`
	Modal     observation.Rating `json:"modal"`
	Agreement float64            `json:"agreement"`
	Ratings   int                `json:"ratings"`
}

// WriteJSON writes the evaluation as one indented JSON object: every requirement
// with its times in seconds (null when they did not happen), the categories, the
// scores and grade, the outcome and the evaluators' items.
func WriteJSON(w io.Writer, assessment *scoring.Assessment) error {
	a := assessed{assessment}
	ptr := func(ok bool, v int64) *int64 {
		if !ok {
			return nil
		}
		return &v
	}
	j := jsonAssessment{Scenario: a.Scenario.ID, Plan: a.Plan.ID, EventLog: a.Source, Seed: a.Header.Seed,
		NotApplicable: a.Scorecard.NotApplicable, Automatic: a.Scorecard.Total, Final: a.Final, Grade: a.Grade.Chinese(),
		Requirements: []jsonRequirement{}, Categories: []jsonCategory{}, Observations: []jsonItem{},
		Seat: string(a.Seat.Role), OutcomeRules: []jsonAppliedRule{}}
	for _, ap := range a.Applied {
		j.OutcomeRules = append(j.OutcomeRules, jsonAppliedRule{ap.Rule.Clause, ap.Rule.Title, ap.Value, ap.Points, ap.Capped})
	}
	for _, r := range a.Scorecard.Rows {
		q := r.Requirement
		j.Requirements = append(j.Requirements, jsonRequirement{ID: q.ID, Clause: q.Clause, Title: q.Title, Category: q.Category, Applicable: r.Applicable,
			StartS: ptr(r.Started, r.StartS), StopS: ptr(r.Stopped, r.StopS), ResponseS: ptr(r.Started && r.Stopped, r.ResponseS),
			AllowedS: r.AllowedS, Weight: q.Weight, Points: r.Points, Met: r.Met, OverS: r.OverS})
	}
	for _, c := range a.Scorecard.Categories {
		j.Categories = append(j.Categories, jsonCategory{c.Category, c.Points, c.Weight, c.Requirements, c.Met})
	}
	if a.Evaluation.Rated() {
		j.Evaluators = &a.Evaluation.Total
	}
	o := a.Outcome
	j.Outcome = jsonOutcome{PeopleMinutesInDanger: o.Final.PeopleMinutesInDanger, Casualties: o.Casualties, PeakInDanger: o.PeakInDanger,
		PeakInDangerS: o.PeakInDangerS, ShareSheltered: o.ShareSheltered(), LastShelteredS: ptr(o.AnySheltered, o.LastShelteredS),
		RoadsCut: o.RoadsCut(), RoadHoursCut: o.RoadHoursCut(), BurntHa: o.Final.BurntHa, BuildingsDestroyed: o.BuildingsDestroyed}
	for _, it := range a.Evaluation.Items {
		j.Observations = append(j.Observations, jsonItem{it.Item.ID, it.Item.Title, it.Score, it.Modal, it.Agreement, len(it.Observations)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}
