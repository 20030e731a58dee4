package src

// corePublisher returns the publisher of a site cited anywhere in ../shared/sources.
func corePublisher(host string) string {
	switch host {
	}
	return ""
}
