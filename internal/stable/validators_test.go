package stable

import (
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/timeline"
)

// validators are the Validate functions of every data package.
var validators = map[string]func() error{
	"actors":         actors.Validate,
	"places":         places.Validate,
	"agreement":      agreement.Validate,
	"timeline":       timeline.Validate,
	"factcheck":      factcheck.Validate,
	"implementation": implementation.Validate,
}
