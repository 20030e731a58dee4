package actors

// timelineActorsLate returns actors that only the timeline's events name.
func timelineActorsLate() []Actor { return nil }
