package server

import (
	"context"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"drillsim/server/wire"
)

// conn is one seat's WebSocket connection. Its reader hands what the seat sends to
// the drill's goroutine; its writer sends what the drill queued in out.
type conn struct {
	ws  *websocket.Conn
	out chan []byte
	// waiting is the bytes of the messages in out and the one being written.
	waiting atomic.Int64
	ctx     context.Context
	cancel  context.CancelFunc
	addr    string
}

// helloTimeout is how long a new connection has to say its code.
const helloTimeout = 10 * time.Second

// writeTimeout is how long one message may take to send before the seat counts as
// gone.
const writeTimeout = 10 * time.Second

// serveWS accepts a seat's WebSocket, reads its hello, joins it to its seat and
// carries its messages until either side closes.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request, origins []string) {
	addr := clientAddr(r)
	if wait := s.limiter.wait(addr); wait > 0 {
		w.Header().Set("Retry-After", retryAfter(wait))
		http.Error(w, "too many failed joins from this address: wait and try again", http.StatusTooManyRequests)
		return
	}
	ws, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: origins, CompressionMode: websocket.CompressionContextTakeover})
	if err != nil {
		return // Accept answered the request (a bad origin, not a WebSocket)
	}
	ws.SetReadLimit(wire.MaxClientMessage)
	ctx, cancel := context.WithCancel(context.Background())
	c := &conn{ws: ws, out: make(chan []byte, s.cfg.QueueFrames), ctx: ctx, cancel: cancel, addr: addr}
	defer cancel()
	hctx, hcancel := context.WithTimeout(ctx, helloTimeout)
	_, data, err := ws.Read(hctx)
	hcancel()
	if err != nil {
		ws.Close(websocket.StatusPolicyViolation, "say hello first")
		return
	}
	m, err := wire.DecodeClient(data)
	if err != nil || m.Hello == nil {
		s.limiter.fail(addr)
		ws.Close(websocket.StatusPolicyViolation, "say hello first")
		return
	}
	joined := make(chan error, 1)
	if !s.do(func() { joined <- s.join(c, m.Hello) }) {
		c.closeNow("the drill is over")
		return
	}
	if err := <-joined; err != nil {
		if err == errUnknownCode {
			s.limiter.fail(addr)
		}
		c.closeNow(err.Error())
		return
	}
	go c.write()
	c.read(s)
	s.do(func() { s.leave(c) })
}

// do hands f to the drill's goroutine, and reports false when the drill is over.
func (s *Server) do(f func()) bool { return s.doOn(s.in, f) }

// doOn hands f to the drill's goroutine through channel to (Server.in or orders).
func (s *Server) doOn(to chan<- func(), f func()) bool {
	select {
	case to <- f:
		return true
	case <-s.done:
		return false
	}
}

// read hands every message of the seat to the drill until the connection ends.
func (c *conn) read(s *Server) {
	for {
		_, data, err := c.ws.Read(c.ctx)
		if err != nil {
			return
		}
		m, err := wire.DecodeClient(data)
		if err != nil {
			c.bye("a message the server cannot read: "+err.Error(), false)
			return
		}
		to := s.in
		if m.Order != nil || m.Observe != nil || m.Unjoined != nil {
			to = s.orders
		}
		if !s.doOn(to, func() { s.take(c, m) }) {
			return
		}
	}
}

// write sends the queued messages until the connection ends; a nil message closes it.
func (c *conn) write() {
	defer c.cancel()
	for {
		select {
		case b := <-c.out:
			if b == nil {
				c.ws.Close(websocket.StatusNormalClosure, "")
				return
			}
			ctx, cancel := context.WithTimeout(c.ctx, writeTimeout)
			err := c.ws.Write(ctx, websocket.MessageBinary, b)
			cancel()
			c.waiting.Add(-int64(len(b)))
			if err != nil {
				return
			}
		case <-c.ctx.Done():
			return
		}
	}
}

// queue queues message b for the writer, and reports false when the queue is full:
// its frames, or limit bytes with b (b alone may be larger).
func (c *conn) queue(b []byte, limit int64) bool {
	n := int64(len(b))
	if w := c.waiting.Load(); w > 0 && w+n > limit {
		return false
	}
	c.waiting.Add(n)
	select {
	case c.out <- b:
		return true
	default:
		c.waiting.Add(-n)
		return false
	}
}

// byeLast queues a Bye with reason after the messages queued, and the connection's
// close after it: the seat gets the drill's last frames before the goodbye. When the
// queue is full the Bye goes at once.
func (c *conn) byeLast(reason string, retry bool) {
	b, err := wire.EncodeServer(&wire.ServerMessage{Bye: &wire.Bye{Reason: reason, Retry: retry}})
	if err != nil {
		c.bye(reason, retry)
		return
	}
	select {
	case c.out <- b:
		select {
		case c.out <- nil:
		default:
		}
	default:
		c.bye(reason, retry)
	}
}

// bye sends a Bye with reason and closes the connection, without waiting for the
// queue: called from the drill's goroutine.
func (c *conn) bye(reason string, retry bool) {
	b, err := wire.EncodeServer(&wire.ServerMessage{Bye: &wire.Bye{Reason: reason, Retry: retry}})
	go func() {
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			c.ws.Write(ctx, websocket.MessageBinary, b)
			cancel()
		}
		c.ws.Close(websocket.StatusNormalClosure, "")
		c.cancel()
	}()
}

// closeNow says why and closes a connection that never joined.
func (c *conn) closeNow(reason string) {
	b, err := wire.EncodeServer(&wire.ServerMessage{Bye: &wire.Bye{Reason: reason}})
	if err == nil {
		ctx, cancel := context.WithTimeout(c.ctx, time.Second)
		c.ws.Write(ctx, websocket.MessageBinary, b)
		cancel()
	}
	c.ws.Close(websocket.StatusPolicyViolation, "")
}

// clientAddr is the address a request came from, without its port.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
