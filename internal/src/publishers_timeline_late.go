package src

// timelineLatePublisher returns the publisher of a site first cited by the
// events from 2022 on.
func timelineLatePublisher(host string) string {
	switch host {
	case "azvision.az": // found in the stored web to apply ERRATA (Khudavang, 10 April 2024)
		return "AzVision.az"
	}
	return ""
}
