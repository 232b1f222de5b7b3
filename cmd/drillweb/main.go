//go:build js && wasm

// Command drillweb is the drill window in the browser: the same interface as
// drillsim play, built for WebAssembly and served by drillsim serve, joining the drill
// of the page as the seat whose code the page's link carries (?code=…). A village
// cadre opens the link on any laptop and installs nothing.
package main

import (
	"context"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/session"
	"drillsim/ui"
)

func main() {
	loc := js.Global().Get("location")
	params := js.Global().Get("URLSearchParams").New(loc.Get("search"))
	code := params.Call("get", "code")
	if code.IsNull() || code.String() == "" {
		say("这个链接没有入席码（?code=…）：请用席位表上的链接或二维码。 This link carries no join code (?code=…): use the link or QR code on the seat sheet.")
		return
	}
	lang := i18n.Chinese
	if l := params.Call("get", "lang"); !l.IsNull() && l.String() == "en" {
		lang = i18n.English
	}
	say("正在入席… joining…")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	r, err := session.Dial(ctx, loc.Get("origin").String(), code.String(), session.RemoteOptions{})
	cancel()
	if err != nil {
		say("无法入席 cannot join: " + err.Error())
		return
	}
	game, err := ui.NewGame(r, ui.Config{Role: r.Role(), Language: lang})
	if err != nil {
		say(err.Error())
		return
	}
	say("")
	ui.SetUpWindow("drillsim — " + r.Role().Chinese() + " — " + r.Scenario().Title)
	if err := ebiten.RunGame(game); err != nil {
		say(err.Error())
	}
}

// say shows a line of text over the page (the status element of index.html).
func say(text string) {
	if el := js.Global().Get("document").Call("getElementById", "status"); el.Truthy() {
		el.Set("textContent", text)
	}
}
