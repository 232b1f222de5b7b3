package scenarios

import "slices"

// Channel is a way of warning residents.
type Channel string

// The warning channels.
const (
	// ChannelLoudspeaker is the village broadcast (大喇叭): it reaches residents within
	// a loudspeaker's radius on the map.
	ChannelLoudspeaker Channel = "loudspeaker"
	// ChannelSMS is text messages and phone calls to registered residents (短信、电话).
	ChannelSMS Channel = "sms"
	// ChannelDoorToDoor is cadres and grid workers knocking on doors (入户通知): it
	// needs cadres on the spot.
	ChannelDoorToDoor Channel = "door_to_door"
)

// Channels lists every warning channel.
func Channels() []Channel { return []Channel{ChannelLoudspeaker, ChannelSMS, ChannelDoorToDoor} }

// ChannelCount is how many warning channels there are: tables by channel have this
// many entries, indexed by Channel.Index.
const ChannelCount = 3

// Index is c's place in Channels (0 for an unknown channel), for tables by channel.
func (c Channel) Index() int {
	switch c {
	case ChannelSMS:
		return 1
	case ChannelDoorToDoor:
		return 2
	}
	return 0
}

// Valid reports whether c is one of Channels.
func (c Channel) Valid() bool { return slices.Contains(Channels(), c) }

// ChannelParams says how a channel performs: Delay from the warn order until the
// residents it reaches are warned, and Compliance, the share of them who then leave
// when told to evacuate.
type ChannelParams struct {
	Delay      Duration `yaml:"delay"`
	Compliance float64  `yaml:"compliance"`
}

// WarningParams holds the parameters of each channel. A scenario that leaves a
// channel or a figure out gets DefaultWarningParams' figure.
type WarningParams struct {
	Loudspeaker ChannelParams `yaml:"loudspeaker"`
	SMS         ChannelParams `yaml:"sms"`
	DoorToDoor  ChannelParams `yaml:"door_to_door"`
}

// DefaultWarningParams are illustrative figures for a mountain township at night:
//   - loudspeaker: 5 min to switch on and broadcast; 60% act, since some do not hear it
//     indoors or in rain;
//   - sms: 10 min for the platform to send; 50% act, since messages go unread at night;
//   - door_to_door: 20 min for cadres to reach the houses; 95% act on a knock at the
//     door (the remaining few are the stay-behinds every drill has to handle).
var DefaultWarningParams = WarningParams{
	Loudspeaker: ChannelParams{Delay: 5 * Minute, Compliance: 0.6},
	SMS:         ChannelParams{Delay: 10 * Minute, Compliance: 0.5},
	DoorToDoor:  ChannelParams{Delay: 20 * Minute, Compliance: 0.95},
}

// Params returns the parameters of channel c, and false for an unknown channel.
func (w WarningParams) Params(c Channel) (ChannelParams, bool) {
	switch c {
	case ChannelLoudspeaker:
		return w.Loudspeaker, true
	case ChannelSMS:
		return w.SMS, true
	case ChannelDoorToDoor:
		return w.DoorToDoor, true
	}
	return ChannelParams{}, false
}
