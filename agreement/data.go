package agreement

func agreementRecords() []Agreement { return nil }

// placeRecords returns every place: the core places, then those only the
// timeline's events name.
func placeRecords() []Place { return append(corePlaces(), timelinePlaces()...) }

func corePlaces() []Place { return nil }
