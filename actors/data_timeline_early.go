package actors

// timelineActorsEarly returns actors that only the timeline's events name.
func timelineActorsEarly() []Actor { return nil }
