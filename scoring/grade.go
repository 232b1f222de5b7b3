package scoring

import (
	"fmt"

	"drillsim/scenarios"
)

// Grade is the verdict on a drill's total: 优秀, 良好, 合格 or 不合格.
type Grade int

// The grades, best first.
const (
	GradeExcellent Grade = iota
	GradeGood
	GradePass
	GradeFail
)

// GradeOf returns the grade of a total out of 100 under the plan's thresholds: a
// total equal to a threshold earns that grade.
func GradeOf(total float64, g scenarios.Grades) Grade {
	switch {
	case total >= g.Excellent:
		return GradeExcellent
	case total >= g.Good:
		return GradeGood
	case total >= g.Pass:
		return GradePass
	default:
		return GradeFail
	}
}

// Chinese returns the grade's name in Chinese, as the report prints it.
func (g Grade) Chinese() string { return g.name([4]string{"优秀", "良好", "合格", "不合格"}) }

// English returns the grade's name in English.
func (g Grade) English() string { return g.name([4]string{"excellent", "good", "pass", "fail"}) }

// name picks the grade's name from names, best first.
func (g Grade) name(names [4]string) string {
	if g < GradeExcellent || g > GradeFail {
		return fmt.Sprintf("Grade(%d)", int(g))
	}
	return names[g]
}

// String returns the grade in Chinese.
func (g Grade) String() string { return g.Chinese() }
