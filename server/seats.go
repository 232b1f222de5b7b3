package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
)

// Seat is one place at a served drill: a role and the join code that takes it. Several
// seats may share a role (two evaluators, a second desk at the command post); each has
// its own code.
type Seat struct {
	Role scenarios.Role
	Code string
}

// seatFile is a seat as a seats file writes it: the role in Chinese.
type seatFile struct {
	Role string `json:"role"`
	Code string `json:"code"`
}

// codeAlphabet is Crockford's base 32: no I, L, O or U to misread.
const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// CodeBits is how many random bits a join code carries: twelve characters of five
// bits each, so that guessing one among a drill's seats at the rate the server lets
// failed joins through takes longer than any drill lasts.
const CodeBits = 60

// NewCode returns a random join code, written XXXX-XXXX-XXXX.
func NewCode() (string, error) {
	var b [CodeBits / 5]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("cannot draw a join code: %w", err)
	}
	var sb strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[c&31])
	}
	return sb.String(), nil
}

// normalCode is a typed code as codes are compared: upper case, without separators
// or spaces, with the letters people confuse for digits read as those digits.
func normalCode(s string) string {
	s = strings.ToUpper(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', ' ':
			return -1
		case 'O':
			return '0'
		case 'I', 'L':
			return '1'
		}
		return r
	}, s)
}

// sameCode reports whether typed code a is code b, in time independent of where they
// differ.
func sameCode(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(normalCode(a)), []byte(normalCode(b))) == 1
}

// DefaultSeats returns a seat for the command post, one for each village of town, one
// for the controller and evaluators for the evaluators, each with a new code.
func DefaultSeats(town *maps.Town, evaluators int) ([]Seat, error) {
	roles := []scenarios.Role{scenarios.RoleCommand}
	for _, v := range town.Villages {
		roles = append(roles, scenarios.VillageRole(v.Name))
	}
	roles = append(roles, scenarios.RoleController)
	for range evaluators {
		roles = append(roles, scenarios.RoleEvaluator)
	}
	return NewSeats(roles)
}

// NewSeats returns a seat for each role, each with a new code.
func NewSeats(roles []scenarios.Role) ([]Seat, error) {
	seats := make([]Seat, len(roles))
	for i, r := range roles {
		code, err := NewCode()
		if err != nil {
			return nil, err
		}
		seats[i] = Seat{Role: r, Code: code}
	}
	return seats, nil
}

// WriteSeats writes seats to path as a JSON list of {"role": "村:银杏村", "code": "…"},
// readable by the owner only: the codes are the keys to the drill.
func WriteSeats(path string, seats []Seat) error {
	list := make([]seatFile, len(seats))
	for i, s := range seats {
		list[i] = seatFile{Role: s.Role.Chinese(), Code: s.Code}
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("cannot write the seats: %w", err)
	}
	return nil
}

// ReadSeats reads a seats file WriteSeats wrote (or one written by hand: roles in
// Chinese or English), checking every role against town and that every code is
// long enough and used once.
func ReadSeats(path string, town *maps.Town) ([]Seat, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the seats: %w", err)
	}
	var list []seatFile
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s: not a list of seats [{\"role\": \"村:银杏村\", \"code\": \"…\"}, …]: %w", path, err)
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("%s lists no seat", path)
	}
	seats := make([]Seat, len(list))
	seen := map[string]int{}
	for i, s := range list {
		role, err := scenarios.ParseRole(s.Role)
		if err == nil && role == scenarios.RoleCounty {
			err = scenarios.ErrCountySeat
		}
		if err != nil {
			return nil, fmt.Errorf("%s: seat %d: %w", path, i+1, err)
		}
		if v := role.Village(); v != "" && !hasVillage(town, v) {
			return nil, fmt.Errorf("%s: seat %d: the map %s has no village %q", path, i+1, town.Name, v)
		}
		code := normalCode(s.Code)
		if len(code)*5 < 40 {
			return nil, fmt.Errorf("%s: seat %d: the code %q is too short to keep the seat: a code needs 40 random bits (8 characters); leave the file out to draw new codes", path, i+1, s.Code)
		}
		if j, dup := seen[code]; dup {
			return nil, fmt.Errorf("%s: seats %d and %d have the same code", path, j, i+1)
		}
		seen[code] = i + 1
		seats[i] = Seat{Role: role, Code: s.Code}
	}
	return seats, nil
}

// hasVillage reports whether town has a village of that name.
func hasVillage(town *maps.Town, name string) bool {
	for _, v := range town.Villages {
		if v.Name == name {
			return true
		}
	}
	return false
}

// errUnknownCode is the answer to a code that takes no seat.
var errUnknownCode = errors.New("this code takes no seat of the drill: check it against the seat sheet")
