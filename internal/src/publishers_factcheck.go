package src

// factcheckPublisher returns the publisher of a site first cited by the factcheck data.
func factcheckPublisher(host string) string {
	switch host {
	}
	return ""
}
