package implementation

// observations returns the observations of each point, by point and then
// date.
func observations() []Observation { return nil }

// deadlineChanges returns changes to deadlines in the order they were made.
func deadlineChanges() []DeadlineChange { return nil }

// fulfilments returns when obligations were carried out, in date order.
func fulfilments() []Fulfilment { return nil }
