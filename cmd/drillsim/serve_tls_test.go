//go:build !window

package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
)

// selfSigned writes a self-signed certificate for 127.0.0.1 and its key to dir.
func selfSigned(t *testing.T, dir string) (cert, key string) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "drill server"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	cert, key = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)
	return cert, key
}

// TestServeOverTLS serves the flood drill with --tls-cert and --tls-key (a
// self-signed certificate) to one seat: a bot that does not trust the certificate is
// told to give it with --ca; with --ca it plays the drill to its end over wss, and the
// server prints its https link and the final state hash.
func TestServeOverTLS(t *testing.T) {
	dir := t.TempDir()
	cert, key := selfSigned(t, dir)
	seats := servertest.Seats(t, scenarios.RoleCommand)
	codes := filepath.Join(dir, "codes.json")
	if err := server.WriteSeats(codes, seats); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "wasm_exec.js", "drillsim.wasm"} {
		os.WriteFile(filepath.Join(dir, f), nil, 0o644)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	var serveOut bytes.Buffer
	served := make(chan int, 1)
	go func() {
		served <- runServe([]string{"flood", "--addr", addr, "--public", "127.0.0.1:" + strings.Split(addr, ":")[1], "--seats", codes, "--speed", "max", "--wait", "1m", "--web", dir,
			"--journal", filepath.Join(dir, "flood.journal"), "--tls-cert", cert, "--tls-key", key}, &serveOut, &serveOut)
	}()
	for deadline := time.Now().Add(30 * time.Second); ; {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server never listened: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var out, errOut bytes.Buffer
	if code := runBot([]string{"https://" + addr, "--code", seats[0].Code}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "drillsim bot: 无法加入 https://"+addr+" 的演练：") || !strings.Contains(errOut.String(), "本机不信任：请用 --ca cert.pem 给出该证书") {
		t.Errorf("a bot that does not trust the certificate: exit %d, %q; want 1 and a hint to give --ca", code, errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := runBot([]string{"https://" + addr, "--code", seats[0].Code, "--ca", cert}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "the drill has ended") {
		t.Fatalf("the bot over TLS: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	select {
	case code := <-served:
		if code != 0 || !strings.Contains(serveOut.String(), "https://127.0.0.1:") || !stateHashLine.Match(serveOut.Bytes()) {
			t.Errorf("drillsim serve over TLS: exit %d, want 0 with its https links and the state hash:\n%s", code, serveOut.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("the server did not end with the drill")
	}
}
