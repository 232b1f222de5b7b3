package ui

import (
	"fmt"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
)

// orderSummary says in a few words, in the interface's language, what order o does:
// the kind of order, then who, what and where, by their names.
func (g *Game) orderSummary(o scenarios.Order) string {
	l := g.lang
	switch o.Order {
	case scenarios.OrderDispatch:
		return g.unitName(o.Unit) + "→" + o.To + " " + taskName(o.Task, l)
	case scenarios.OrderWarn:
		return TextWarnScope.In(l) + " " + scopeText(o.Scope, l) + " " + channelName(o.Channel, l)
	case scenarios.OrderEvacuate:
		return scopeText(o.Scope, l) + "→" + o.Shelter
	case scenarios.OrderOpenShelter:
		return TextOpenShelter.In(l) + " " + o.Shelter
	case scenarios.OrderCloseRoad, scenarios.OrderOpenRoad:
		return orderKindName(o.Order, l) + " " + o.Road
	case scenarios.OrderMoveSupplies:
		return orderKindName(o.Order, l) + " " + o.From + "→" + o.To + " " + itemsText(o.Items, l)
	case scenarios.OrderRequestReinforcement:
		return fmt.Sprintf("%s %s ×%d", orderKindName(o.Order, l), unitKindName(o.Kind, l), max(o.Count, 1))
	case scenarios.OrderReleaseInfo:
		return orderKindName(o.Order, l) + ": " + o.Text
	case scenarios.OrderReport:
		kind := TextReportFollowup.In(l)
		if o.Report == scenarios.ReportInitial {
			kind = TextReportInitial.In(l)
		}
		if o.Text != "" {
			return kind + ": " + o.Text
		}
		return kind
	case scenarios.OrderActivateResponse:
		return TextActivate.In(l) + " " + o.Level.Chinese()
	case scenarios.OrderPause:
		return TextPaused.In(l)
	case scenarios.OrderSpeed:
		return fmt.Sprintf("%s ×%g", TextSpeedOrder.In(l), o.Factor)
	case scenarios.OrderInjectNow:
		return TextInjectNow.In(l) + " " + o.Inject
	case scenarios.OrderSetHazard:
		if o.Set == scenarios.OverrideRunoutM {
			return TextRunout.In(l) + " " + fmt.Sprintf(TextMetres.In(l), o.Value)
		}
		return TextContainFire.In(l) + " " + o.Hazard
	}
	return orderKindName(o.Order, l)
}

// unitName is the name of unit id as the snapshot has it, id itself when it has none.
func (g *Game) unitName(id string) string {
	if u := g.unitView(id); u != nil && u.Name != "" {
		return u.Name
	}
	return id
}

// scopeText lists the villages and zones of scope s.
func scopeText(s scenarios.Scope, l Language) string {
	return strings.Join(append(append([]string(nil), s.Villages...), s.Zones...), listSeparator[l])
}

// channelName is the name of warning channel c in language l, "" for none.
func channelName(c scenarios.Channel, l Language) string {
	if n, ok := channelNames[c]; ok {
		return n[l]
	}
	return string(c)
}

// itemsText lists quantities of stock items, such as 帐篷×50、棉被×100.
func itemsText(items []maps.Quantity, l Language) string {
	parts := make([]string, len(items))
	for i, q := range items {
		parts[i] = fmt.Sprintf("%s×%d", itemName(q.Item, l), q.Count)
	}
	return strings.Join(parts, listSeparator[l])
}
