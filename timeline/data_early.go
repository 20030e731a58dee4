package timeline

// eventsEarly returns the events, in chronological order.
func eventsEarly() []Event { return nil }
