package timeline

// records returns every event in chronological order: those up to the end
// of 2021, then the later ones.
func records() []Event { return append(eventsEarly(), eventsLate()...) }
