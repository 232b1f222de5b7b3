package scenarios

import (
	"strings"
	"testing"
)

func TestInjectConditionsAndPhasesRead(t *testing.T) {
	src := minimalScenario + `injects:
  - {id: a, at: "22:05", to: 指挥部, kind: rain_warning, level: orange, text: 预警}
  - id: b
    when: {event: hazard_started, hazard: f, after: 15m}
    to: 村:玉兰村
    text: 河水上涨
    expect: 转移
phases:
  - {id: P1, title: 第一阶段, from: "+0m", to: "22:30", injects: [a], question: 谁负责？}
`
	s, err := ParseScenario([]byte(src), "drill.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, ok := s.Inject("b")
	if !ok || b.When == nil || b.When.Event != EventHazardStarted || b.When.Hazard != "f" || b.When.After != 15*Minute || b.Kind != InjectMessage {
		t.Fatalf("inject b = %+v (when %+v)", b, b.When)
	}
	if a, _ := s.Inject("a"); a.Kind != InjectRainWarning || *a.At != At(5*Minute) {
		t.Errorf("inject a = %+v", a)
	}
	if _, ok := s.Inject("z"); ok {
		t.Error("Inject(z) must report false")
	}
	if p := s.Phases[0]; p.To != At(30*Minute) || p.Question != "谁负责？" {
		t.Errorf("phase %+v", p)
	}

	bad := strings.Replace(src, "after: 15m", "after: 15m, delay: 5m", 1)
	_, err = ParseScenario([]byte(bad), "drill.yaml")
	if err == nil || !strings.Contains(err.Error(), `unknown field "delay" in injects[1].when: allowed fields are event, inject, hazard`) {
		t.Errorf("error = %v", err)
	}
}
