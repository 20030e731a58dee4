package actors

// records returns every actor. The core records come from the source
// bundle's actor list; the timeline files add actors only events name.
func records() []Actor {
	return append(append(coreActors(), timelineActorsEarly()...), timelineActorsLate()...)
}
