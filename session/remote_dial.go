//go:build !js

package session

import (
	"net/http"

	"github.com/coder/websocket"
)

// dialOptions are the WebSocket's: through client, compressed with the context kept
// between messages (a frame repeats much of the last one).
func dialOptions(client *http.Client) *websocket.DialOptions {
	return &websocket.DialOptions{HTTPClient: client, CompressionMode: websocket.CompressionContextTakeover}
}
