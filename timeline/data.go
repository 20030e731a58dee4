package timeline

import "slices"

// records returns every event in chronological order, year by year.
func records() []Event {
	return slices.Concat(eventsBefore2020(), events2020(), events2021(), events2022(), events2023(), events2024(), events2025(), events2026())
}
