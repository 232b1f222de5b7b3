//go:build js

package session

import (
	"net/http"

	"github.com/coder/websocket"
)

// dialOptions are the WebSocket's: in a browser, the browser's own, which compresses
// as the server offers.
func dialOptions(*http.Client) *websocket.DialOptions { return &websocket.DialOptions{} }
