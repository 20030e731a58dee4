package src

// agreementPublisher returns the publisher of a site first cited by the agreement data.
func agreementPublisher(host string) string {
	switch host {
	}
	return ""
}
