package journal

import (
	"fmt"
	"strings"
)

// Observation is an evaluator's note on one evaluation item of a drill, journaled with
// the commands so that scoring reads the same record the drill wrote.
type Observation struct {
	// Item is the evaluation item: a plan clause or requirement id, or an exercise
	// evaluation guide task.
	Item   string `json:"item"`
	Rating Rating `json:"rating"`
	// Comment is what the evaluator saw, in their words.
	Comment string `json:"comment,omitempty"`
	// T is the scenario second the observation is about.
	T int64 `json:"t"`
	// Evaluator names who observed.
	Evaluator string `json:"evaluator"`
}

// Rating is an evaluator's verdict on an item: yes/no for a checklist item (AQ/T 9009,
// GB/T 46792), or P/S/M/U for a task in the HSEEP exercise evaluation guide.
type Rating string

// The ratings an observation may carry.
const (
	RatingYes Rating = "yes"
	RatingNo  Rating = "no"
	// RatingP is performed without challenges.
	RatingP Rating = "P"
	// RatingS is performed with some challenges.
	RatingS Rating = "S"
	// RatingM is performed with major challenges.
	RatingM Rating = "M"
	// RatingU is unable to be performed.
	RatingU Rating = "U"
)

// ratings lists the valid ratings in the order messages name them.
var ratings = []Rating{RatingYes, RatingNo, RatingP, RatingS, RatingM, RatingU}

// Valid reports whether r is one of the ratings.
func (r Rating) Valid() bool {
	for _, v := range ratings {
		if r == v {
			return true
		}
	}
	return false
}

// Check reports what is missing or wrong in the observation of a drill that has
// reached scenario second now.
func (o Observation) Check(now int64) error {
	var probs []string
	if strings.TrimSpace(o.Item) == "" {
		probs = append(probs, "it names no item (the plan clause or task observed)")
	}
	if strings.TrimSpace(o.Evaluator) == "" {
		probs = append(probs, "it names no evaluator")
	}
	if !o.Rating.Valid() {
		names := make([]string, len(ratings))
		for i, r := range ratings {
			names[i] = string(r)
		}
		probs = append(probs, fmt.Sprintf("rating %q is not one of %s", o.Rating, strings.Join(names, ", ")))
	}
	if o.T < 0 || o.T > now {
		probs = append(probs, fmt.Sprintf("its time %ds is not between the start and now (%ds)", o.T, now))
	}
	if len(probs) > 0 {
		return fmt.Errorf("observation of %q: %s", o.Item, strings.Join(probs, "; "))
	}
	return nil
}
