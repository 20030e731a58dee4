package src

// actorsPublisher returns the publisher of a site first cited by the actors data.
func actorsPublisher(host string) string {
	switch host {
	case "gazeta.ua":
		return "Gazeta.ua"
	}
	return ""
}
