package src

// timelinePublisher returns the publisher of a site first cited by the timeline data.
func timelinePublisher(host string) string {
	switch host {
	}
	return ""
}
