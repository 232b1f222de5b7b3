package ui

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/paulmach/orb/planar"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
)

// The browser client is compared with its golden more loosely than the window: the
// browser's software WebGL draws edges and text its own way.
const maxBrowserDifferentShare = 0.005

// TestBrowserSeatWarnsAVillage builds the browser client, serves the flood to a
// command post seat, opens the seat's join link in a headless Chromium, compares the
// page with testdata/browser.png, warns a village by the loudspeakers with four clicks
// (the village on the map, 预警…, 大喇叭 and 确认 in its dialog) and finds the order in
// the server's journal.
func TestBrowserSeatWarnsAVillage(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium to run the browser client in: bash scripts/setup installs it")
	}
	web := t.TempDir()
	if out, err := exec.Command("bash", "../scripts/build-web", web).CombinedOutput(); err != nil {
		t.Fatalf("building the browser client: %v\n%s", err, out)
	}
	d := drilltest.Builtin(t, "flood", false)
	village := d.Town.Villages[2]
	seats, err := server.NewSeats([]scenarios.Role{scenarios.RoleCommand, scenarios.VillageRole(village.Name)})
	if err != nil {
		t.Fatal(err)
	}
	jpath := filepath.Join(t.TempDir(), "flood.journal")
	// The drill waits for its second seat: its clock stays at the start, so that the
	// page is the same at every run.
	srv, err := server.New(server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: 60, Wait: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	h, err := srv.Handler(server.HandlerOptions{Web: web})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(h)
	defer hs.Close()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go srv.Run(ctx)

	// Where to click: the same window in this process, on the same drill as the same
	// seat, says where the village is and where its warning button comes.
	twin, in := playing(t, newSession(t, "flood"), Config{})
	theHost.updatesPass(2)
	c, _ := planar.CentroidArea(village.Area)
	var mx, my float64
	theHost.onUpdate(func() { mx, my = twin.cam.ToScreen(c) })
	theHost.click(in, int(mx), int(my))
	// Then the warning's dialog: 预警…, the loudspeakers as the way, and 确认, each
	// clicked in the twin to find where the next one comes.
	var steps []chromedp.Action[chromedp.Void]
	steps = append(steps, click(mx, my))
	for _, label := range []string{"预警…", "大喇叭", "确认"} {
		r := widget(t, twin, label).Rect
		steps = append(steps, click(float64(r.Min.X+r.Max.X)/2, float64(r.Min.Y+r.Max.Y)/2))
		clickWidget(t, in, twin, label)
		theHost.updatesPass(2)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:0:0],
		chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(ScreenWidth, ScreenHeight),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("enable-unsafe-swiftshader", true), chromedp.Flag("hide-scrollbars", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 3*time.Minute)
	defer cancel()

	start := time.Now()
	err = chromedp.Do(bctx,
		chromedp.EmulateViewport(ScreenWidth, ScreenHeight),
		chromedp.Navigate(hs.URL+"/?code="+seats[0].Code),
		chromedp.Poll[chromedp.Void](`document.getElementById("status").textContent === "" && document.querySelector("canvas") !== null`, chromedp.WithPollingTimeout(2*time.Minute)),
	)
	if err != nil {
		status, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
		t.Fatalf("the page did not start the drill window: %v (it says %q)", err, status)
	}
	startup, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`JSON.stringify(window.drillsimStartup)`))
	t.Logf("first frame of the browser client %v after opening the join link (in the page: %s)", time.Since(start).Round(time.Millisecond), startup)
	if err := chromedp.Do(bctx, chromedp.Sleep(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	browserMatchesGolden(t, "browser.png", shot)

	err = chromedp.Do(bctx, steps...)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		j, err := journal.Open(jpath)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range j.Commands() {
			if o := c.Order; o.Order == scenarios.OrderWarn && o.Role == scenarios.RoleCommand && slices.Equal(o.Scope.Villages, []string{village.Name}) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the journal holds no warning of %s from the browser's command post: %+v", village.Name, j.Commands())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// click presses the left button at (x, y) and releases it a few frames later, as a
// hand does: the window sees the press and the release in different frames.
func click(x, y float64) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		err := chromedp.Do(ctx,
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y), chromedp.Sleep(100*time.Millisecond),
			chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x, y, chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1)), chromedp.Sleep(100*time.Millisecond),
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x, y, chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1)), chromedp.Sleep(300*time.Millisecond))
		return chromedp.Void{}, err
	}
}

// browserMatchesGolden compares the PNG screenshot shot with testdata/name (or,
// with -update, writes it there), within the browser's tolerance.
func browserMatchesGolden(t *testing.T, name string, shot []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	got := image.NewRGBA(image.Rect(0, 0, ScreenWidth, ScreenHeight))
	for y := range ScreenHeight {
		for x := range ScreenWidth {
			got.Set(x, y, img.At(x, y))
		}
	}
	matchesGoldenWithin(t, name, got, maxBrowserDifferentShare)
}
