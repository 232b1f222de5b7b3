package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
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
		return nil, fmt.Errorf("--ca: %w", err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("--ca %s holds no PEM certificate (-----BEGIN CERTIFICATE-----): give the certificate the server was started with", ca)
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{RootCAs: pool}
	return &http.Client{Transport: t}, nil
}

// explainJoin adds what to do to a join's error when the server's certificate is not
// trusted.
func explainJoin(err error) error {
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		return fmt.Errorf("%w: the server's certificate is its own, not one this computer trusts; give it with --ca cert.pem", err)
	}
	return err
}
