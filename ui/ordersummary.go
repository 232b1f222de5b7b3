package ui

import (
	"fmt"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// orderSummary says in a few words, in the interface's language, what order o does:
// the kind of order, then who, what and where, by their names.
func (g *Game) orderSummary(o scenarios.Order) string {
	l := g.lang
	switch o.Order {
	case scenarios.OrderDispatch:
		return g.unitName(o.Unit) + "→" + o.To + " " + i18n.TaskName(o.Task, l)
	case scenarios.OrderWarn:
		return i18n.TextWarnScope.In(l) + " " + scopeText(o.Scope, l) + " " + i18n.ChannelName(o.Channel, l)
	case scenarios.OrderEvacuate:
		return scopeText(o.Scope, l) + "→" + o.Shelter
	case scenarios.OrderOpenShelter:
		return i18n.TextOpenShelter.In(l) + " " + o.Shelter
	case scenarios.OrderCloseRoad, scenarios.OrderOpenRoad:
		return i18n.OrderKindName(o.Order, l) + " " + o.Road
	case scenarios.OrderMoveSupplies:
		return i18n.OrderKindName(o.Order, l) + " " + o.From + "→" + o.To + " " + itemsText(o.Items, l)
	case scenarios.OrderRequestReinforcement:
		return fmt.Sprintf("%s %s ×%d", i18n.OrderKindName(o.Order, l), i18n.UnitKindName(o.Kind, l), max(o.Count, 1))
	case scenarios.OrderReleaseInfo:
		return i18n.OrderKindName(o.Order, l) + ": " + o.Text
	case scenarios.OrderReport:
		kind := i18n.TextReportFollowup.In(l)
		if o.Report == scenarios.ReportInitial {
			kind = i18n.TextReportInitial.In(l)
		}
		if o.Text != "" {
			return kind + ": " + o.Text
		}
		return kind
	case scenarios.OrderActivateResponse:
		return i18n.TextActivate.In(l) + " " + o.Level.Chinese()
	case scenarios.OrderPause:
		return i18n.TextPaused.In(l)
	case scenarios.OrderSpeed:
		return fmt.Sprintf("%s ×%g", i18n.TextSpeedOrder.In(l), o.Factor)
	case scenarios.OrderInjectNow:
		return i18n.TextInjectNow.In(l) + " " + o.Inject
	case scenarios.OrderSetHazard:
		if o.Set == scenarios.OverrideRunoutM {
			return i18n.TextRunout.In(l) + " " + fmt.Sprintf(i18n.TextMetres.In(l), o.Value)
		}
		return i18n.TextContainFire.In(l) + " " + o.Hazard
	}
	return i18n.OrderKindName(o.Order, l)
}

// unitName is the name of unit id as the snapshot has it, id itself when it has none.
func (g *Game) unitName(id string) string {
	if u := g.unitView(id); u != nil && u.Name != "" {
		return u.Name
	}
	return id
}

// scopeText lists the villages and zones of scope s.
func scopeText(s scenarios.Scope, l i18n.Language) string {
	return i18n.Join(append(append([]string(nil), s.Villages...), s.Zones...), l)
}

// itemsText lists quantities of stock items, such as 帐篷×50、棉被×100.
func itemsText(items []maps.Quantity, l i18n.Language) string {
	parts := make([]string, len(items))
	for i, q := range items {
		parts[i] = fmt.Sprintf("%s×%d", i18n.ItemName(q.Item, l), q.Count)
	}
	return i18n.Join(parts, l)
}
