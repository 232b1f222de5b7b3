package observation

import (
	"strings"

	"drillsim/scenarios"
)

// Rating is an evaluator's rating of an item: P, S, M or U, or yes or no.
type Rating string

// The ratings.
const (
	RatingP   Rating = "P"
	RatingS   Rating = "S"
	RatingM   Rating = "M"
	RatingU   Rating = "U"
	RatingYes Rating = "yes"
	RatingNo  Rating = "no"
)

// Ratings lists every rating best first, which also breaks ties between equally
// common ratings.
var Ratings = []Rating{RatingP, RatingS, RatingM, RatingU, RatingYes, RatingNo}

// ParseRating reads a rating on the item's scale: P, S, M, U (either case) on the
// P/S/M/U scale; yes, no, 是 or 否 on the yes/no scale.
func ParseRating(s string, scale Scale) (Rating, error) {
	t := strings.TrimSpace(s)
	switch scale {
	case ScalePSMU:
		switch r := Rating(strings.ToUpper(t)); r {
		case RatingP, RatingS, RatingM, RatingU:
			return r, nil
		}
	case ScaleYesNo:
		switch strings.ToLower(t) {
		case "yes", "y", "是":
			return RatingYes, nil
		case "no", "n", "否":
			return RatingNo, nil
		}
	}
	return "", scenarios.Failf("rating %q is not on the item's %s scale: write one of %s", s, string(scale), scaleHelp(scale))
}

// scaleHelp lists the ratings of a scale.
func scaleHelp(scale Scale) string {
	if scale == ScaleYesNo {
		return "yes, no"
	}
	return "P, S, M, U"
}

// Value is the rating as a share of full marks: P=1, S=0.67, M=0.33, U=0; yes=1, no=0.
func (r Rating) Value() float64 {
	switch r {
	case RatingP, RatingYes:
		return 1
	case RatingS:
		return 0.67
	case RatingM:
		return 0.33
	}
	return 0
}

// Chinese says the rating in Chinese.
func (r Rating) Chinese() string {
	switch r {
	case RatingP:
		return "P 顺利完成"
	case RatingS:
		return "S 基本完成"
	case RatingM:
		return "M 存在较大问题"
	case RatingU:
		return "U 未能完成"
	case RatingYes:
		return "是"
	case RatingNo:
		return "否"
	}
	return string(r)
}
