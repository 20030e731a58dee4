package src

// factcheckPublisher returns the publisher of a site first cited by the
// factcheck data: pages found in the stored web that the source bundle's
// ERRATA.md names without an address. The timeline's table may list the
// same site; the name is kept identical so that either table gives it.
func factcheckPublisher(host string) string {
	switch host {
	case "media-center.kg":
		return "Media-Center (Kyrgyzstan)"
	}
	return ""
}
