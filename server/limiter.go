package server

import (
	"strconv"
	"sync"
	"time"
)

// limiter slows down guessing of join codes: each address may fail to join a few
// times, then once every failInterval. A join that succeeds costs nothing.
type limiter struct {
	mu    sync.Mutex
	now   func() time.Time
	addrs map[string]*bucket
}

// bucket is one address's failures still allowed, as of when.
type bucket struct {
	tokens float64
	when   time.Time
}

// The rate of failed joins allowed from one address: failBurst at once, then one
// every failInterval. With 60-bit codes and a few dozen seats, guessing one takes
// longer than the universe has existed.
const (
	failBurst    = 5
	failInterval = 10 * time.Second
)

func newLimiter() *limiter { return &limiter{now: time.Now, addrs: map[string]*bucket{}} }

// refill returns addr's bucket brought up to now.
func (l *limiter) refill(addr string) *bucket {
	now := l.now()
	b, ok := l.addrs[addr]
	if !ok {
		b = &bucket{tokens: failBurst, when: now}
		l.addrs[addr] = b
	}
	b.tokens = min(failBurst, b.tokens+float64(now.Sub(b.when))/float64(failInterval))
	b.when = now
	return b
}

// wait returns how long addr must wait before it may try to join again, 0 for not
// at all.
func (l *limiter) wait(addr string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.refill(addr)
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) * float64(failInterval))
}

// fail counts a failed join from addr.
func (l *limiter) fail(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.refill(addr)
	b.tokens = max(0, b.tokens-1)
}

// retryAfter writes a wait as a Retry-After header's whole seconds.
func retryAfter(d time.Duration) string {
	return strconv.Itoa(int(d/time.Second) + 1)
}
