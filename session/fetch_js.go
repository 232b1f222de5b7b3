//go:build js

package session

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"syscall/js"
)

// fetch gets url with the browser's fetch (the Go HTTP client would add megabytes
// to the download) and returns the body of a 200 answer, or what the server said.
func fetch(ctx context.Context, _ *http.Client, url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onResp, onBody, onErr js.Func
	release := func() { onResp.Release(); onBody.Release(); onErr.Release() }
	status := 0
	statusText := ""
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	onBody = js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Get("length").Int())
		js.CopyBytesToGo(data, arr)
		if status != http.StatusOK {
			done <- result{err: fmt.Errorf("%d %s: %s", status, statusText, data)}
		} else {
			done <- result{data: data}
		}
		return nil
	})
	onResp = js.FuncOf(func(_ js.Value, args []js.Value) any {
		status, statusText = args[0].Get("status").Int(), args[0].Get("statusText").String()
		args[0].Call("arrayBuffer").Call("then", onBody, onErr)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResp, onErr)
	select {
	case r := <-done:
		release()
		return r.data, r.err
	case <-ctx.Done():
		go func() { <-done; release() }()
		return nil, ctx.Err()
	}
}
