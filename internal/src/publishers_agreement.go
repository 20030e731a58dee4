package src

// agreementPublisher returns the publisher of a site first cited by the agreement data.
func agreementPublisher(host string) string {
	switch host {
	case "media-center.kg": // found with the search tool; ERRATA.md names the site only
		return "Media-Center (Kyrgyzstan)"
	}
	return ""
}
