package timeline

// eventsLate returns the events, in chronological order.
func eventsLate() []Event { return nil }
