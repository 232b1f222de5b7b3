package server_test

import "errors"

// errorsAs is errors.As.
func errorsAs(err error, target any) bool { return errors.As(err, target) }
