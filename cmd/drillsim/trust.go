package main

import (
	"crypto/tls"
	"crypto/x509"
	"drillsim/scenarios"
	"errors"
	"net/http"
	"os"
)

// caFlagHelp is the help of join's and bot's --ca flag.
const caFlagHelp = "trust this certificate (PEM), for a server on TLS whose certificate is its own (self-signed), such as drillsim serve --tls-cert's"

// seatClient returns the HTTP client a seat joins with: the default one, or with ca
// one that trusts the certificates in the PEM file ca as well as the system's.
func seatClient(ca string) (*http.Client, error) {
	if ca == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(ca)
	if err != nil {
		return nil, scenarios.Failf("cannot read %s %s: %v", "--ca", ca, err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, scenarios.Failf("--ca %s holds no PEM certificate (-----BEGIN CERTIFICATE-----): give the certificate the server was started with", ca)
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{RootCAs: pool}
	return &http.Client{Transport: t}, nil
}

// explainJoin says that a seat could not join the drill at address, and why, adding
// what to do when the server's certificate is not trusted.
func explainJoin(address string, err error) error {
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		return scenarios.Failf("cannot join the drill at %s: %v; the server's certificate is its own, not one this computer trusts: give it with --ca cert.pem", address, err)
	}
	return scenarios.Failf("cannot join the drill at %s: %v", address, err)
}
