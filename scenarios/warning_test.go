package scenarios

import "testing"

func TestWarningParamsPerChannel(t *testing.T) {
	for _, c := range Channels() {
		p, ok := DefaultWarningParams.Params(c)
		if !ok || p.Delay <= 0 || p.Compliance <= 0 || p.Compliance > 1 {
			t.Errorf("default for %s = %+v, %v: want a positive delay and a compliance in (0,1]", c, p, ok)
		}
	}
	if _, ok := DefaultWarningParams.Params("pigeon"); ok {
		t.Error("an unknown channel must report false")
	}
	if d := DefaultWarningParams.DoorToDoor; d.Compliance <= DefaultWarningParams.SMS.Compliance {
		t.Errorf("door to door (%g) must persuade more people than SMS", d.Compliance)
	}
}

func TestChannelIndexFollowsChannels(t *testing.T) {
	if len(Channels()) != ChannelCount {
		t.Fatalf("%d channels, ChannelCount %d", len(Channels()), ChannelCount)
	}
	for i, c := range Channels() {
		if c.Index() != i {
			t.Errorf("%s.Index() = %d, want %d", c, c.Index(), i)
		}
	}
}
