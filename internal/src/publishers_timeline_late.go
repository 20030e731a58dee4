package src

// timelineLatePublisher returns the publisher of a site first cited by the
// events from 2022 on.
func timelineLatePublisher(host string) string {
	switch host {
	}
	return ""
}
