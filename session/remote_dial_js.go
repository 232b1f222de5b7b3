//go:build js

package session

import "github.com/coder/websocket"

// dialOptions are the WebSocket's: in a browser, the browser's own, which compresses
// as the server offers.
func dialOptions(RemoteOptions) *websocket.DialOptions { return &websocket.DialOptions{} }
