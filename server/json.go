package server

import "encoding/json"

// jsonOf returns v as compact JSON text.
func jsonOf(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
