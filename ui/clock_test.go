package ui

import "testing"

func TestClockTurnsUpdatesIntoTicks(t *testing.T) {
	for _, tc := range []struct {
		speed, updates, want int
	}{
		{0, 600, 0},
		{1, 600, 1},   // ×1: one 10 s tick per 10 wall seconds
		{1, 599, 0},   // not a whole tick yet
		{10, 60, 1},   // ×10: a tick a second
		{60, 60, 6},   // ×60: a simulated minute a second
		{300, 60, 30}, // ×300: five minutes a second
		{300, 1, 0},   // 5 s per update at ×300, half a tick
		{300, 2, 1},
	} {
		c := NewClock(10)
		c.SetSpeed(tc.speed)
		got := 0
		for range tc.updates {
			got += c.Update(0)
		}
		if got != tc.want {
			t.Errorf("speed ×%d over %d updates: %d ticks, want %d", tc.speed, tc.updates, got, tc.want)
		}
	}
}

func TestClockStepPausesAndStepsOnce(t *testing.T) {
	c := NewClock(10)
	c.SetSpeed(60)
	c.Step()
	if c.Speed() != 0 {
		t.Fatalf("speed after Step = %d, want paused", c.Speed())
	}
	if n := c.Update(0); n != 1 {
		t.Errorf("first update after Step gives %d ticks, want 1", n)
	}
	if n := c.Update(0); n != 0 {
		t.Errorf("second update after Step gives %d ticks, want 0", n)
	}
}
