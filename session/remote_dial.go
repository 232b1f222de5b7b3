//go:build !js

package session

import "github.com/coder/websocket"

// dialOptions are the WebSocket's: through the options' client, compressed with the
// context kept between messages (a frame repeats much of the last one) unless they
// say not to.
func dialOptions(opt RemoteOptions) *websocket.DialOptions {
	mode := websocket.CompressionContextTakeover
	if opt.Uncompressed {
		mode = websocket.CompressionDisabled
	}
	return &websocket.DialOptions{HTTPClient: opt.Client, CompressionMode: mode}
}
