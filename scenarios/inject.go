package scenarios

// InjectKind says what an inject is to the engine beyond its text.
type InjectKind string

// The inject kinds.
const (
	// InjectMessage is a message to a role: a call, a report, a question (the default).
	InjectMessage InjectKind = "message"
	// InjectRainWarning is a rainstorm warning (暴雨预警) received; its Level is the
	// colour. Delivering it emits EventRainWarning as well as EventInject.
	InjectRainWarning InjectKind = "rain_warning"
)

// Inject is one entry of the master scenario events list (MSEL): a message delivered
// to a role at a moment, or when a condition holds.
type Inject struct {
	ID string `yaml:"id"`
	// At is when the inject is delivered; give At or When.
	At *At `yaml:"at,omitempty"`
	// When delivers the inject once a condition holds.
	When *Condition `yaml:"when,omitempty"`
	To   Role       `yaml:"to"`
	From string     `yaml:"from,omitempty"`
	Kind InjectKind `yaml:"kind,omitempty"`
	// Level is the warning colour of a rain_warning inject: red, orange, yellow, blue.
	Level string `yaml:"level,omitempty"`
	Text  string `yaml:"text"`
	// Expect is the action the exercise designer expects in response (预期行动).
	Expect string `yaml:"expect,omitempty"`
	// Notes are the controller's (备注): an MSEL sheet's columns the engine does not
	// use are kept here.
	Notes string `yaml:"notes,omitempty" json:",omitempty"`
}

// Condition delivers an inject After the first event that matches its Trigger.
type Condition struct {
	Trigger `yaml:",inline"`
	After   Duration `yaml:"after,omitempty"`
}

// Phase is a stage of a tabletop exercise that the controller releases: its injects
// are played and a question discussed.
type Phase struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	From  At     `yaml:"from"`
	To    At     `yaml:"to"`
	// Injects are the ids of the injects played in this phase.
	Injects []string `yaml:"injects,omitempty"`
	// Question is put to the participants for discussion (讨论问题).
	Question string `yaml:"question,omitempty"`
}
