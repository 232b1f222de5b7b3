package sim

import (
	"encoding/json"
	"fmt"
	"strings"

	"drillsim/scenarios"
)

// ReasonCode names why the world refused a command (the Reason of an event of kind
// rejected), why a unit gave up its task (of kind task_done), or why a session did not
// pass an order on. It is stable: event logs and the wire carry it, and interfaces translate by it.
type ReasonCode string

// The reason codes. The comment of each lists its arguments, in order, by what they
// name (see ArgKind); Reasons gives each code's English sentence.
const (
	ReasonRoleMayNot           ReasonCode = "role_may_not"           // role, order kind
	ReasonControllerOnly       ReasonCode = "controller_only"        // order kind
	ReasonUnknownChannel       ReasonCode = "unknown_channel"        // channel
	ReasonNoShelter            ReasonCode = "no_shelter"             // place
	ReasonNotArrived           ReasonCode = "not_arrived"            // unit
	ReasonNoUnit               ReasonCode = "no_unit"                // unit; list: the scenario's units
	ReasonOtherVillagesUnit    ReasonCode = "other_villages_unit"    // place (the village), unit
	ReasonNoPlace              ReasonCode = "no_place"               // place
	ReasonAmbiguousPlace       ReasonCode = "ambiguous_place"        // place; list: the ids of the features that bear the name
	ReasonNoRoad               ReasonCode = "no_road"                // place
	ReasonOtherVillagesShelter ReasonCode = "other_villages_shelter" // place (the village), place
	ReasonUnknownReport        ReasonCode = "unknown_report"         // text
	ReasonNoLevel              ReasonCode = "no_level"               //
	ReasonNoInject             ReasonCode = "no_inject"              // text (the inject)
	ReasonUnknownOrder         ReasonCode = "unknown_order"          // order kind
	ReasonNoDepot              ReasonCode = "no_depot"               // place
	ReasonShortStock           ReasonCode = "short_stock"            // place, number, item, number
	ReasonFireSpreadFactor     ReasonCode = "fire_spread_factor"     // text (the factor given)
	ReasonFireSet              ReasonCode = "fire_set"               // text (the override)
	ReasonLandslideSet         ReasonCode = "landslide_set"          // text (the override)
	ReasonLandslideRunOut      ReasonCode = "landslide_run_out"      //
	ReasonNoHazard             ReasonCode = "no_hazard"              // text (the hazard)
	ReasonNoReinforcement      ReasonCode = "no_reinforcement"       // unit kind
	ReasonNoVillage            ReasonCode = "no_village"             // place
	ReasonNoZone               ReasonCode = "no_zone"                // place
	ReasonNoScope              ReasonCode = "no_scope"               //
	ReasonOtherVillage         ReasonCode = "other_village"          // place (the village), place
	ReasonOtherVillagesZone    ReasonCode = "other_villages_zone"    // place (the village), place
	ReasonUnitNotArrived       ReasonCode = "unit_not_arrived"       // unit
	ReasonCannotDo             ReasonCode = "cannot_do"              // unit kind, task; list: its tasks
	ReasonNoRoute              ReasonCode = "no_route"               // unit, number (metres), place
	ReasonRoadsCut             ReasonCode = "roads_cut"              // place
	ReasonNotJournaled         ReasonCode = "not_journaled"          // text (the journal's error)
	ReasonReplay               ReasonCode = "replay"                 //
	ReasonText                 ReasonCode = "text"                   // text: a reason an earlier log gave as prose
)

// ArgKind is what an argument of a reason names, so that an interface can name it in
// its own language.
type ArgKind uint8

// The argument kinds.
const (
	ArgText      ArgKind = iota // shown as it is: an inject, a hazard, an override, an error
	ArgPlace                    // a named feature of the map, shown as it is
	ArgNumber                   // a whole number, shown as it is
	ArgRole                     // a scenarios.Role
	ArgOrderKind                // a scenarios.OrderKind
	ArgUnit                     // a unit's id
	ArgUnitKind                 // a scenarios.UnitKind
	ArgTask                     // a scenarios.Task
	ArgChannel                  // a scenarios.Channel
	ArgItem                     // a stock item
)

// ReasonSpec is one reason code's English sentence, a fmt format with one verb per
// argument and, last, one for the list when the code has one, and what its arguments
// and its list's items name.
type ReasonSpec struct {
	English string
	Args    []ArgKind
	// List is what the list's items name, when the code has a list.
	List    ArgKind
	HasList bool
}

// Reasons are the reason codes' sentences and arguments, the one table of them.
var Reasons = map[ReasonCode]ReasonSpec{
	ReasonRoleMayNot:           {English: "%s may not give %s orders: the command post does", Args: []ArgKind{ArgRole, ArgOrderKind}},
	ReasonControllerOnly:       {English: "only the controller (导调) gives %s orders", Args: []ArgKind{ArgOrderKind}},
	ReasonUnknownChannel:       {English: "unknown channel %q", Args: []ArgKind{ArgChannel}},
	ReasonNoShelter:            {English: "no shelter %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonNotArrived:           {English: "reinforcement %q has not arrived: request it from the county (request_reinforcement) and wait for it", Args: []ArgKind{ArgUnit}},
	ReasonNoUnit:               {English: "no unit %q: the scenario's units are %s", Args: []ArgKind{ArgUnit}, List: ArgUnit, HasList: true},
	ReasonOtherVillagesUnit:    {English: "%s's cadres command only their own village's units, not %s", Args: []ArgKind{ArgPlace, ArgUnit}},
	ReasonNoPlace:              {English: "no place %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonAmbiguousPlace:       {English: "%q is ambiguous: several places of the map bear it (%s); name the one meant by its id", Args: []ArgKind{ArgPlace}, List: ArgPlace, HasList: true},
	ReasonNoRoad:               {English: "no road %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonOtherVillagesShelter: {English: "%s's cadres open shelters in their own village; %s is not in it", Args: []ArgKind{ArgPlace, ArgPlace}},
	ReasonUnknownReport:        {English: "unknown report %q: initial (初报) or followup (续报)", Args: []ArgKind{ArgText}},
	ReasonNoLevel:              {English: "activate_response needs a level (IV, III, II or I)"},
	ReasonNoInject:             {English: "no inject %q in the scenario, or it was delivered already", Args: []ArgKind{ArgText}},
	ReasonUnknownOrder:         {English: "unknown order %q", Args: []ArgKind{ArgOrderKind}},
	ReasonNoDepot:              {English: "no depot %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonShortStock:           {English: "%s holds %s %s, not %s", Args: []ArgKind{ArgPlace, ArgNumber, ArgItem, ArgNumber}},
	ReasonFireSpreadFactor:     {English: "a fire's spread factor is a number ≥ 0, not %s", Args: []ArgKind{ArgText}},
	ReasonFireSet:              {English: "a fire takes set: contained or spread_factor, not %s", Args: []ArgKind{ArgText}},
	ReasonLandslideSet:         {English: "a landslide takes set: runout_m, not %s", Args: []ArgKind{ArgText}},
	ReasonLandslideRunOut:      {English: "the landslide has already run out"},
	ReasonNoHazard:             {English: "no fire or landslide %q in the scenario", Args: []ArgKind{ArgText}},
	ReasonNoReinforcement:      {English: "the county has no %s to send (none in the scenario's reinforcements, or all sent)", Args: []ArgKind{ArgUnitKind}},
	ReasonNoVillage:            {English: "no village %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonNoZone:               {English: "no hazard zone %q on the map", Args: []ArgKind{ArgPlace}},
	ReasonNoScope:              {English: "the order names no village or zone"},
	ReasonOtherVillage:         {English: "%s's cadres act in their own village, not %s", Args: []ArgKind{ArgPlace, ArgPlace}},
	ReasonOtherVillagesZone:    {English: "%s's cadres act in their own village; %s is not in it", Args: []ArgKind{ArgPlace, ArgPlace}},
	ReasonUnitNotArrived:       {English: "unit %s has not arrived yet", Args: []ArgKind{ArgUnit}},
	ReasonCannotDo:             {English: "a %s cannot %s: it can %s", Args: []ArgKind{ArgUnitKind, ArgTask}, List: ArgTask, HasList: true},
	ReasonNoRoute:              {English: "no open road for %s from where it is to within %s m of %s", Args: []ArgKind{ArgUnit, ArgNumber, ArgPlace}},
	ReasonRoadsCut:             {English: "the roads to %s are cut", Args: []ArgKind{ArgPlace}},
	ReasonNotJournaled:         {English: "the journal could not take the order, so it was not given: %s", Args: []ArgKind{ArgText}},
	ReasonReplay:               {English: "a replay takes no orders"},
	ReasonText:                 {English: "%s", Args: []ArgKind{ArgText}},
}

// Reason is why something was refused or given up: a code, its arguments (each the
// text of what it names: an id, a name, a number) and, for some codes, a list.
// Interfaces say it in their language by the code (the i18n package); String says it
// in English.
type Reason struct {
	Code ReasonCode `json:"code"`
	Args []string   `json:"args,omitempty"`
	List []string   `json:"list,omitempty"`
}

// because returns the reason of code with args.
func because(code ReasonCode, args ...string) Reason { return Reason{Code: code, Args: args} }

// IsZero reports whether r gives no reason.
func (r Reason) IsZero() bool { return r.Code == "" }

// String says r in English, as the engine's messages always have.
func (r Reason) String() string { return r.English(nil) }

// English says r in English with its units named by unitName (by their ids when
// unitName is nil).
func (r Reason) English(unitName func(id string) string) string {
	if r.IsZero() {
		return ""
	}
	spec, ok := Reasons[r.Code]
	if !ok {
		return fmt.Sprintf("%s %v", r.Code, r.Args)
	}
	name := func(kind ArgKind, a string) string {
		switch {
		case kind == ArgRole:
			return scenarios.Role(a).Chinese()
		case kind == ArgUnit && unitName != nil:
			return unitName(a)
		}
		return a
	}
	args := make([]any, 0, len(r.Args)+1)
	for i, a := range r.Args {
		if i < len(spec.Args) {
			a = name(spec.Args[i], a)
		}
		args = append(args, a)
	}
	if spec.HasList {
		list := fmt.Sprint(r.List)
		if spec.List == ArgUnit && unitName != nil { // names may hold spaces: a comma between
			names := make([]string, len(r.List))
			for i, a := range r.List {
				names[i] = name(ArgUnit, a)
			}
			list = "[" + strings.Join(names, ", ") + "]"
		}
		args = append(args, list)
	}
	return fmt.Sprintf(spec.English, args...)
}

// UnmarshalJSON reads a reason as an object, or as the text an event log of an earlier
// version gave (as the code ReasonText).
func (r *Reason) UnmarshalJSON(data []byte) error {
	var text string
	if json.Unmarshal(data, &text) == nil {
		*r = Reason{}
		if text != "" {
			*r = because(ReasonText, text)
		}
		return nil
	}
	type plain Reason
	return json.Unmarshal(data, (*plain)(r))
}
