package agreement

// timelinePlacesEarly returns places that only the timeline's events name.
func timelinePlacesEarly() []Place { return nil }
