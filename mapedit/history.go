package mapedit

// change is what one edit did to one feature: its state before and after.
type change struct {
	slot          int
	before, after Feature
}

// step is one undoable edit: the changes it made, in order.
type step []change

// do applies a step made of the new states of features (by slot), records it for undo
// and forgets what was undone before it.
func (d *Doc) do(afters map[int]Feature, order []int) {
	s := make(step, 0, len(order))
	for _, i := range order {
		s = append(s, change{slot: i, before: d.slots[i].cur, after: afters[i]})
		d.slots[i].cur = afters[i]
	}
	d.undone = d.undone[:0]
	d.done = append(d.done, s)
}

// doOne records the edit of one feature's state.
func (d *Doc) doOne(i int, after Feature) { d.do(map[int]Feature{i: after}, []int{i}) }

// Undo takes back the last edit and reports whether there was one.
func (d *Doc) Undo() bool {
	if len(d.done) == 0 {
		return false
	}
	s := d.done[len(d.done)-1]
	d.done = d.done[:len(d.done)-1]
	for k := len(s) - 1; k >= 0; k-- {
		d.slots[s[k].slot].cur = s[k].before
	}
	d.undone = append(d.undone, s)
	return true
}

// Redo does again the last edit undone and reports whether there was one.
func (d *Doc) Redo() bool {
	if len(d.undone) == 0 {
		return false
	}
	s := d.undone[len(d.undone)-1]
	d.undone = d.undone[:len(d.undone)-1]
	for _, c := range s {
		d.slots[c.slot].cur = c.after
	}
	d.done = append(d.done, s)
	return true
}

// CanUndo and CanRedo report whether Undo and Redo have something to do.
func (d *Doc) CanUndo() bool { return len(d.done) > 0 }

// CanRedo reports whether Redo has something to do.
func (d *Doc) CanRedo() bool { return len(d.undone) > 0 }
