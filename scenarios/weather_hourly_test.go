package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadHourlyWeatherTakesTheCFFDRSColumns reads an hourly file in the layout the FWI
// calculators and fire growth models write (extra columns, upper-case names, a BOM, an
// hour without FFMC or BUI): WS, WD, FFMC and BUI by name, the others ignored, a blank
// cell keeping the hour before's value.
func TestReadHourlyWeatherTakesTheCFFDRSColumns(t *testing.T) {
	data := "\ufeffHOURLY,HOUR,TEMP,RH,WD,WS,PRECIP,FFMC,DMC,DC,ISI,BUI,FWI\n" +
		"25/05/2001,13,22,30,270,20.5,0,90.2,30,300,11,64,20\n" +
		"25/05/2001,14,23,28,250,24,0,,30,300,12,,22\n"
	hours, err := ReadHourlyWeather([]byte(data), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []HourlyWeather{
		{WindKmh: 20.5, WindFromDeg: 270, FFMC: 90.2, BUI: 64, HasFFMC: true, HasBUI: true},
		{WindKmh: 24, WindFromDeg: 250, FFMC: 90.2, BUI: 64, HasFFMC: true, HasBUI: true},
	}
	if len(hours) != len(want) || hours[0] != want[0] || hours[1] != want[1] {
		t.Errorf("got %+v, want %+v", hours, want)
	}
	only, err := ReadHourlyWeather([]byte("ws,wd\n10,90\n"), "w.csv")
	if err != nil || len(only) != 1 || only[0].HasFFMC || only[0].HasBUI || only[0].WindKmh != 10 {
		t.Errorf("WS and WD alone: %+v, %v", only, err)
	}
}

func TestReadHourlyWeatherNamesTheBadCell(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"", "w.csv: the file is empty"},
		{"WD,FFMC\n270,90\n", "w.csv:1: no WS column"},
		{"WS,WD\n10,270\nx,270\n", `w.csv:3: WS is "x"`},
		{"WS,WD,FFMC\n10,270,120\n", "w.csv:2: FFMC is \"120\"; write a number from 0 to 101"},
		{"WS,WD\n", "no hours"},
		{"WS,WD\n10,400\n", "w.csv:2: WD"},
	} {
		if _, err := ReadHourlyWeather([]byte(c.data), "w.csv"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.data, err, c.want)
		}
	}
}

// TestScenarioReadsItsHourlyWeather reads a scenario whose weather is an hourly file:
// hour h's wind (km/h to m/s) and fuel moisture hold from h hours after the start.
func TestScenarioReadsItsHourlyWeather(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "hourly.csv"), []byte("WS,WD,FFMC,BUI\n18,270,90,60\n36,300,92,61\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(minimalScenario, "hazards:", "weather:\n  hourly: hourly.csv\nhazards:", 1)
	path := filepath.Join(dir, "drill.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := ReadScenario(path)
	if err != nil {
		t.Fatal(err)
	}
	w := s.Weather
	if got := w.WindAt(At(90 * Minute)); got.SpeedMS != 10 || got.FromDeg != 300 {
		t.Errorf("wind at +1h30m = %+v, want 10 m/s from 300°", got)
	}
	if fd, ok := w.FireDangerAt(At(30 * Minute)); !ok || fd.FFMC != 90 || fd.BUI != 60 {
		t.Errorf("fuel moisture at +30m = %+v %v", fd, ok)
	}
	both := strings.Replace(src, "  hourly: hourly.csv", "  hourly: hourly.csv\n  wind: [{at: \"+0m\", speed_ms: 3, from_deg: 0}]", 1)
	if err := os.WriteFile(path, []byte(both), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadScenario(path); err == nil || !strings.Contains(err.Error(), "one or the other") {
		t.Errorf("hourly file and wind both: %v", err)
	}
}

func FuzzReadHourlyWeather(f *testing.F) {
	f.Add([]byte("WS,WD,FFMC,BUI\n10,270,90,60\n"))
	f.Add([]byte("HOURLY,HOUR,WD,WS\n1,2,3,4\n,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		hours, err := ReadHourlyWeather(data, "f.csv")
		if err == nil && len(hours) == 0 {
			t.Fatal("no error and no hours")
		}
		for _, h := range hours {
			if h.WindKmh < 0 || h.WindFromDeg < 0 || h.WindFromDeg > 360 {
				t.Fatalf("out of range: %+v", h)
			}
		}
	})
}
