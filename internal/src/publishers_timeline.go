package src

// timelinePublisher returns the publisher of a site first cited by the
// timeline's events up to 2021: pages found in the stored web that
// the source bundle's ERRATA.md points to, or that confirm a bundle fact.
func timelinePublisher(host string) string {
	switch host {
	case "media-center.kg":
		return "Media-Center (Kyrgyzstan)"
	case "oc-media.org":
		return "OC Media"
	}
	return ""
}
